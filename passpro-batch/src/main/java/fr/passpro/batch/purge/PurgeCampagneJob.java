package fr.passpro.batch.purge;

/** Names and options of the {@value #NAME} job. */
public final class PurgeCampagneJob {

    public static final String NAME = "purgeCampagne";
    static final String PARAM_PURGE_ID = "purgeId";

    /** Job option: pupils (or pre-registrations) per chunk (default 50). */
    public static final String OPTION_TAILLE_PAQUET = "taillePaquet";
    /**
     * Job option (tests only): the rank (1 for the first) of the pupil at which the step fails once, after the
     * pupils of the previous chunks were committed; a restart does not carry it.
     */
    public static final String OPTION_ECHEC_ELEVE = "echecSimuleEleve";

    /** Who the daily purge is recorded as. */
    static final String AUTEUR_QUOTIDIEN = "purge quotidienne";

    /** Exit statuses of the verification step. */
    static final String PURGEABLE = "PURGEABLE";
    static final String DEJA_PURGEE = "DEJA_PURGEE";
    static final String REFUSEE = "REFUSEE";

    private PurgeCampagneJob() {
    }
}
