package fr.passpro.domain.entretien;

/** Whether the pupil came to the interview, as the lycée records it once the séance has begun. */
public enum Presence {

    PRESENT("Présent(e)"),
    ABSENT("Absent(e)"),
    /** Absent, with a reason the collège gave: another séance may be offered. */
    EXCUSE("Excusé(e)");

    /** Length of the column holding the name. */
    public static final int ENUM_MAX = 20;

    private final String libelle;

    Presence(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
