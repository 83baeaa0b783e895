package fr.passpro.application.traitement;

import fr.passpro.domain.shared.BusinessException;

/** An execution of the same job, for the same académie, is still running: one at a time. */
public class TraitementEnCoursException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long executionEnCours;

    public TraitementEnCoursException(String libelle, long executionEnCours) {
        super("Le traitement « " + libelle + " » est déjà en cours (exécution n° " + executionEnCours
                + ") : attendez qu'il se termine, ou arrêtez-le, avant de le lancer à nouveau.");
        this.executionEnCours = executionEnCours;
    }

    /** The id of the execution that runs. */
    public long getExecutionEnCours() {
        return executionEnCours;
    }
}
