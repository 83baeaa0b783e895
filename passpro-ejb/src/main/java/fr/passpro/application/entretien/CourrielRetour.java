package fr.passpro.application.entretien;

import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.RetourEntretien;
import fr.passpro.domain.planning.Horaires;
import java.time.LocalDate;
import java.util.List;

/** The French texts of the mails after the interview: the return to the collège, the daily reminder to a lycée. */
final class CourrielRetour {

    private CourrielRetour() {
    }

    /** « Compte rendu d'entretien : Samia Benali, domaine « Électricité » » (« … mis à jour … » for a new version). */
    static String objet(RetourEntretien r, boolean miseAJour) {
        return "Compte rendu d'entretien" + (miseAJour ? " mis à jour" : "") + " : " + r.eleve() + ", domaine « "
                + r.domaine() + " »";
    }

    static String texte(RetourEntretien r, boolean miseAJour) {
        StringBuilder t = new StringBuilder();
        t.append("Bonjour,\n\n");
        t.append(avecArticle(r.lycee())).append(miseAJour ? " a modifié le compte rendu" : " a saisi le compte rendu")
                .append(" de l'entretien ").append(fr.passpro.domain.shared.Francais.de(r.eleve())).append(" du ")
                .append(Horaires.jour(r.dateEntretien().atStartOfDay())).append(", domaine « ").append(r.domaine())
                .append(" ».\n\n");
        t.append("Compte rendu :\n").append(r.compteRendu()).append("\n\n");
        t.append("Avis par formation :\n");
        for (RetourEntretien.AvisFormation a : r.avis()) {
            t.append("- ").append(a.formation()).append(" (").append(a.code()).append(") : avis du lycée ")
                    .append(a.avisAccueil().libelle().toLowerCase(java.util.Locale.ROOT));
            if (a.ajouteALEntretien()) {
                t.append(" ; formation ajoutée à l'entretien, préférée par l'élève");
            } else if (a.avisOrigine() != null) {
                t.append(" ; avis d'origine ").append(a.avisOrigine().libelle().toLowerCase(java.util.Locale.ROOT));
            }
            t.append('\n');
        }
        t.append("\nRemettez la fiche récapitulative à l'élève et à ses représentants légaux : elle est disponible"
                + " dans Passpro, avec le compte rendu et les avis.\n\n");
        t.append("Ce message est envoyé automatiquement par Passpro.\n");
        return t.toString();
    }

    /**
     * The lycée as the subject of a sentence: « Le lycée professionnel Jean Lurçat » for a name that begins with its
     * kind (lycée, LP, établissement…), the name as is otherwise (« Le Corbusier » already has its article).
     */
    static String avecArticle(String lycee) {
        String nom = lycee == null ? "" : lycee.strip();
        String minuscule = nom.toLowerCase(java.util.Locale.ROOT);
        for (String nature : java.util.List.of("lycée", "établissement", "section", "unité", "lp ", "erea", "segpa")) {
            if (minuscule.startsWith(nature)) {
                boolean voyelle = fr.passpro.domain.shared.Francais.elide(nom);
                String sigle = nature.equals("lp ") ? "LP" : nature.equals("erea") ? "EREA" : null;
                String reste = sigle != null ? nom : Character.toLowerCase(nom.charAt(0)) + nom.substring(1);
                String article = nature.equals("section") || nature.equals("unité") ? "La " : voyelle ? "L’" : "Le ";
                return article + reste;
            }
        }
        return nom;
    }

    /** « 3 comptes rendus d'entretien en retard ». */
    static String relanceObjet(int nombre) {
        return nombre + (nombre > 1 ? " comptes rendus d'entretien en retard" : " compte rendu d'entretien en retard");
    }

    static String relanceTexte(String lycee, List<CompteRenduEnRetard> retards, LocalDate aujourdhui, int delaiJours) {
        StringBuilder t = new StringBuilder();
        t.append("Bonjour,\n\n");
        t.append("Les comptes rendus et avis des entretiens individuels sont attendus dans les ").append(delaiJours)
                .append(" jours qui suivent l'entretien. Pour ").append(lycee).append(", au ")
                .append(Horaires.jour(aujourdhui.atStartOfDay())).append(", ").append(retards.size())
                .append(retards.size() > 1 ? " entretiens attendent encore leur retour" : " entretien attend encore son retour")
                .append(" :\n\n");
        for (CompteRenduEnRetard r : retards) {
            t.append("- ").append(r.eleve()).append(" (").append(r.college()).append("), domaine « ")
                    .append(r.domaine()).append(" », entretien du ").append(Horaires.jour(r.debutEntretien()))
                    .append(", attendu au plus tard le ").append(Horaires.jour(r.dateLimite().atStartOfDay()))
                    .append(" : ").append(r.manque()).append('\n');
        }
        t.append("\nSaisissez-les dans Passpro (page « Candidats ») : le collège les attend pour remettre la fiche"
                + " récapitulative à l'élève.\n\nCe message est envoyé automatiquement par Passpro chaque matin.\n");
        return t.toString();
    }
}
