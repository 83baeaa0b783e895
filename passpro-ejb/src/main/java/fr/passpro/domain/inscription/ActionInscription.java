package fr.passpro.domain.inscription;

/** What a line of an inscription's history records. */
public enum ActionInscription {

    INSCRIPTION("Inscription"),
    AJOUT_VOEU("Ajout d'un vœu"),
    RETRAIT_VOEU("Retrait d'un vœu"),
    AVIS_ORIGINE("Avis d'origine"),
    CHANGEMENT_REFERENT("Changement de personne référente"),
    RETRAIT("Retrait de l'inscription"),
    CONVOCATION("Convocation"),
    ANNULATION_CONVOCATION("Annulation de la convocation"),
    PRESENCE("Présence à l'entretien"),
    COMPTE_RENDU("Compte rendu d'entretien"),
    AVIS_ACCUEIL("Avis du lycée"),
    VOEU_AJOUTE_ENTRETIEN("Vœu ajouté à l'entretien"),
    FORMATION_RETIREE("Formation retirée du catalogue"),
    ORDRE_VOEUX("Ordre des vœux");

    /** Length of the column holding the name. */
    public static final int ENUM_MAX = 30;

    private final String libelle;

    ActionInscription(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
