package fr.passpro.domain.campagne;

import fr.passpro.domain.shared.InvalidValueException;

/** A purge of the same campagne is running (on this server instance or another): one at a time. */
public class PurgeEnCoursException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public PurgeEnCoursException(Campagne campagne) {
        super("Une purge de la campagne " + campagne.getAnneeScolaire() + " est déjà en cours : attendez qu'elle se"
                + " termine avant d'en lancer une autre.");
    }
}
