package fr.passpro.domain.etablissement;

/** Public or private (sous contrat or not) sector of an établissement. */
public enum Secteur {

    PUBLIC("Public"),
    PRIVE("Privé");

    private final String libelle;

    Secteur(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
