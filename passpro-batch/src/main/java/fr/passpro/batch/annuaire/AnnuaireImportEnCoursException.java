package fr.passpro.batch.annuaire;

import fr.passpro.domain.shared.InvalidValueException;

/** Another import of the directory runs for the same académie: one at a time. */
public class AnnuaireImportEnCoursException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public AnnuaireImportEnCoursException() {
        super("Un import de l'annuaire des établissements est déjà en cours pour cette académie : attendez qu'il se "
                + "termine avant d'en lancer un autre.");
    }
}
