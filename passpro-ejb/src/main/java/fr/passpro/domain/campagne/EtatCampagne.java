package fr.passpro.domain.campagne;

/**
 * Where a campagne is in its year, and what each state allows (issue 7). The state follows the calendar and the jobs:
 * the cut-off job locks the inscriptions, the closure job makes the campagne read-only and keeps its archive, the
 * purge removes the pupils' data.
 */
public enum EtatCampagne {

    EN_PREPARATION("En préparation", "L'académie prépare le calendrier et le catalogue ; les établissements ne saisissent"
            + " rien encore."),
    OUVERTE("Ouverte", "Les collèges inscrivent leurs élèves et donnent les avis d'origine ; les lycées planifient et"
            + " convoquent."),
    INSCRIPTIONS_CLOSES("Inscriptions closes", "Inscriptions et avis d'origine verrouillés (sauf délai accordé par"
            + " l'académie) ; les lycées convoquent jusqu'à la date limite, font passer les entretiens et saisissent"
            + " comptes rendus et avis."),
    CLOTUREE("Clôturée", "Lecture seule pour les établissements ; l'académie consulte tout et peut encore corriger."),
    ARCHIVEE("Archivée", "Clôturée, bilans envoyés et archive Excel conservée ; les données des élèves seront purgées"
            + " à la fin de la durée de conservation."),
    PURGEE("Purgée", "Les données personnelles des élèves ont été supprimées ; seules restent des statistiques"
            + " anonymes.");

    private final String libelle;
    private final String autorise;

    EtatCampagne(String libelle, String autorise) {
        this.libelle = libelle;
        this.autorise = autorise;
    }

    public String libelle() {
        return libelle;
    }

    /** What may be done in this state, as the académie's page says it. */
    public String autorise() {
        return autorise;
    }
}
