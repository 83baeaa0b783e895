package fr.passpro.domain.campagne;

/** Where a run of the purge of a campagne stands. */
public enum StatutPurge {

    /** The job runs (or is about to): no other purge of the campagne may start. */
    EN_COURS("En cours"),
    /** Every pupil's data is gone; the statistics stay; the campagne is marked purged. */
    TERMINEE("Terminée"),
    /** The campagne had already been purged: nothing changed. */
    DEJA_PURGEE("Déjà purgée"),
    /** The retention period is not over: nothing changed. */
    REFUSEE("Refusée"),
    /** A failure or a stop interrupted it; the pupils of committed chunks are purged, a restart completes it. */
    ECHEC("Échec");

    public static final int LENGTH = 20;

    private final String libelle;

    StatutPurge(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether nothing more will happen to this run (an ECHEC may still be restarted). */
    public boolean isFinal() {
        return this != EN_COURS;
    }
}
