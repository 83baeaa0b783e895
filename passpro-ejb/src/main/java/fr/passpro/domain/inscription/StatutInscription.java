package fr.passpro.domain.inscription;

/** Where an inscription stands. A withdrawn inscription is kept (never deleted) with its history. */
public enum StatutInscription {

    INSCRITE("Inscrite"),
    CONVOQUEE("Convoquée"),
    ENTRETIEN_PASSE("Entretien passé"),
    AVIS_RECUS("Avis reçus"),
    RETIREE("Retirée");

    private final String libelle;

    StatutInscription(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether the collège may still change the vœux, the avis d'origine or withdraw: before the interview only. */
    public boolean isAvantEntretien() {
        return this == INSCRITE || this == CONVOQUEE;
    }
}
