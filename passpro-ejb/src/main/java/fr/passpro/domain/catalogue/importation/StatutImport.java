package fr.passpro.domain.catalogue.importation;

/** Where a catalogue import stands. */
public enum StatutImport {

    /** The file is stored; the job has not started yet. */
    EN_ATTENTE("En attente"),
    /** The job reads, checks and applies the file. */
    EN_COURS("En cours"),
    /** The catalogue was updated. */
    TERMINE("Terminé"),
    /** The file was not applied: unreadable, or too many rejected lines. The catalogue is unchanged. */
    REFUSE("Refusé"),
    /** A technical failure stopped the job; the catalogue may be partly updated, and a restart completes it. */
    ECHEC("Échec");

    public static final int LENGTH = 20;

    private final String libelle;

    StatutImport(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether nothing more will happen to the import. */
    public boolean isFinal() {
        return this == TERMINE || this == REFUSE || this == ECHEC;
    }
}
