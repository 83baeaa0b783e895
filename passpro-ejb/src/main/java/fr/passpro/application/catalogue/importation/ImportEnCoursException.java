package fr.passpro.application.catalogue.importation;

import fr.passpro.domain.shared.InvalidValueException;

/** Another import of the same campagne's catalogue is running: one at a time. */
public class ImportEnCoursException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public ImportEnCoursException() {
        super("Un import du catalogue est déjà en cours pour cette campagne : attendez qu'il se termine avant d'en "
                + "lancer un autre.");
    }
}
