package fr.passpro.web.planning;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.ProblemeEnvoi;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.web.util.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the planning pages show a convocation's mail and a candidate's statut: French text and badge class. */
@Named
@ApplicationScoped
public class EtatsConvocation {

    /** « En attente d'envoi », « Envoyée le 3 mars 2027 à 14 h 05 », « Non remise : <ce qui ne va pas, en français> ». */
    public String courrier(Convocation convocation) {
        Courrier courrier = convocation == null ? null : convocation.getDernierCourrier().orElse(null);
        if (courrier == null) {
            return Textes.text("courrier.aucun");
        }
        return switch (courrier.getStatut()) {
            case EN_ATTENTE -> courrier.getTentatives() == 0 ? Textes.text("courrier.enAttente")
                    : Textes.text("courrier.nouvelEssai", Textes.dateHeure(courrier.getProchainEssai()),
                    probleme(courrier));
            case EN_COURS -> Textes.text("courrier.enCours");
            case ENVOYE -> Textes.text("courrier.envoye", Textes.dateHeure(courrier.getEnvoyeLe()));
            case ECHEC -> Textes.text("courrier.echec", probleme(courrier));
        };
    }

    /** What went wrong, in words the lycée can act on (the technical detail is for the académie). */
    public static String probleme(Courrier courrier) {
        return Messages.text("courrier.probleme." + courrier.getProbleme().orElse(ProblemeEnvoi.AUTRE).name());
    }

    /** The badge class of the mail status: information while waiting, success once sent, warning on failure. */
    public String classeCourrier(Convocation convocation) {
        Courrier courrier = convocation == null ? null : convocation.getDernierCourrier().orElse(null);
        if (courrier == null) {
            return "fr-badge pp-badge--neutre";
        }
        return switch (courrier.getStatut()) {
            case EN_ATTENTE, EN_COURS -> courrier.getTentatives() == 0 ? "fr-badge pp-badge--info"
                    : "fr-badge pp-badge--warning";
            case ENVOYE -> "fr-badge pp-badge--success";
            case ECHEC -> "fr-badge pp-badge--warning";
        };
    }

    /** The badge class of an inscription's statut, as on the collège's pages. */
    public String classeStatut(StatutInscription statut) {
        return switch (statut) {
            case INSCRITE -> "fr-badge pp-badge--info";
            case CONVOQUEE -> "fr-badge pp-badge--new";
            case ENTRETIEN_PASSE, AVIS_RECUS -> "fr-badge pp-badge--success";
            case RETIREE -> "fr-badge pp-badge--neutre";
        };
    }
}
