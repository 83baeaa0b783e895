package fr.passpro.domain.planning;

/** Whether a convocation still holds its seat. */
public enum StatutConvocation {

    ACTIVE("Convoqué(e)"),
    ANNULEE("Annulée");

    private final String libelle;

    StatutConvocation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
