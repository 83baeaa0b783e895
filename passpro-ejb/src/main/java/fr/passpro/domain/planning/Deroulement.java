package fr.passpro.domain.planning;

/** Where a séance takes place: in a room of the lycée, or by video. */
public enum Deroulement {

    PRESENTIEL("En présentiel"),
    DISTANCIEL("À distance");

    private final String libelle;

    Deroulement(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
