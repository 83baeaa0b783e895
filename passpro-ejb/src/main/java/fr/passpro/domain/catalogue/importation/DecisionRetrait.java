package fr.passpro.domain.catalogue.importation;

/** Where the withdrawal of a formation holding vœux stands. */
public enum DecisionRetrait {

    /** The import kept the formation in the catalogue; the académie admin has not decided yet. */
    EN_ATTENTE("En attente de décision"),
    /** The admin confirmed: the formation is withdrawn, its vœux marked, the établissements told. */
    RETIREE("Retirée"),
    /** The admin kept the formation in the catalogue. */
    MAINTENUE("Maintenue"),
    /** A later import of the same campagne lists the formation again (or names it on a rejected line). */
    REMPLACEE("Sans objet");

    public static final int LENGTH = 20;

    private final String libelle;

    DecisionRetrait(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
