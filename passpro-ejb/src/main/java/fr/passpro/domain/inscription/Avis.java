package fr.passpro.domain.inscription;

/** An avis on a vœu: given by the collège head before the interview (avis d'origine), by the lycée after it. */
public enum Avis {

    FAVORABLE("Favorable"),
    ASSEZ_FAVORABLE("Assez favorable"),
    RESERVE("Réservé");

    private final String libelle;

    Avis(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
