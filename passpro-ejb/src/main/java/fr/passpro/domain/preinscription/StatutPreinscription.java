package fr.passpro.domain.preinscription;

/** Where a pre-registration stands in the académie's queue. */
public enum StatutPreinscription {
    EN_ATTENTE("En attente"),
    VALIDEE("Validée"),
    REFUSEE("Refusée");

    public static final int ENUM_MAX = 20;

    private final String libelle;

    StatutPreinscription(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
