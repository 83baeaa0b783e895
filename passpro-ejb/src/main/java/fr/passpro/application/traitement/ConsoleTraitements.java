package fr.passpro.application.traitement;

import java.util.List;
import java.util.Map;

/**
 * The batch jobs of Passpro for the académie's admins: every method acts for the caller, within their académie
 * (executions of another académie are neither listed nor stopped nor restarted).
 */
public interface ConsoleTraitements {

    /** Job parameter set by Passpro: the login of the admin who started (or restarted) the execution. */
    String PARAM_LANCE_PAR = "lancePar";
    /** Job parameter set by Passpro: the code of the académie the execution works for. */
    String PARAM_ACADEMIE = "academie";

    /** The jobs Passpro offers, in the order of their labels. */
    List<TraitementVue> traitements();

    /**
     * The latest executions of a job in the caller's académie, latest first.
     *
     * @throws TraitementInconnuException if Passpro has no such job
     */
    List<ExecutionVue> dernieresExecutions(String traitement, int max);

    /**
     * One execution of the caller's académie.
     *
     * @throws fr.passpro.domain.shared.NotFoundException if there is none with this id in the caller's académie
     */
    ExecutionVue execution(long executionId);

    /**
     * Starts a job that may be started by hand, with the parameters given (missing ones take their default).
     *
     * @param parametres the declared parameters only, as text; Passpro adds the académie and who started it
     * @return the id of the new execution
     * @throws TraitementInconnuException if Passpro has no such job
     * @throws TraitementEnCoursException if an execution of the same job for the same académie is running
     * @throws fr.passpro.domain.shared.InvalidValueException for an unknown or invalid parameter, or a job that is
     *                                                        started from its own page only
     */
    long lancer(String traitement, Map<String, String> parametres);

    /** Asks a running execution of the caller's académie to stop (it stops at its next checkpoint). */
    void arreter(long executionId);

    /**
     * Restarts a failed or stopped execution of the caller's académie (the latest of its instance), from its last
     * checkpoint.
     *
     * @return the id of the new execution
     */
    long relancer(long executionId);
}
