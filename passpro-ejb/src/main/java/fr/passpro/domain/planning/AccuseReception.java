package fr.passpro.domain.planning;

/** The collège's answer to a convocation, which the lycée sees. */
public enum AccuseReception {

    PRESENCE_CONFIRMEE("Présence confirmée"),
    ABSENCE_PREVUE("Absence prévue");

    private final String libelle;

    AccuseReception(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
