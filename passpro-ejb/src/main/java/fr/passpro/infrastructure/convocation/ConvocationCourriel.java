package fr.passpro.infrastructure.convocation;

import java.util.ArrayList;
import java.util.List;

import fr.passpro.domain.courrier.Courrier;

/**
 * The mails of a convocation, to the collège's mailbox and the référent: subject, plain text and HTML, written from
 * one list of details so that both bodies say the same. The texts announce attachments: the printed convocation
 * (PDF) and the invitation for a new or changed convocation, the cancellation of the invitation for a cancelled one.
 * Also the mail to the lycée when the collège withdraws a convoked pupil.
 */
public final class ConvocationCourriel {

    /** What the mail announces. */
    public enum Nature {
        /** The first convocation of the inscription. */
        NOUVELLE,
        /** The date, time or place changed: the mail names the new ones. */
        MODIFIEE,
        /** The interview will not take place. */
        ANNULEE
    }

    private static final String SIGNATURE = "Ce courriel est envoyé automatiquement par Passpro.";

    private ConvocationCourriel() {
    }

    /**
     * « Convocation Passpro : Éloïse Lefèvre, mercredi 17 mars 2027 à 13 h 30 », « Convocation modifiée : … » or
     * « Convocation annulée : … »; on one line and within {@link Courrier#OBJET_MAX}.
     */
    public static String objet(ConvocationDocument d, Nature nature) {
        String quand = Redaction.quandCourt(d);
        String objet = switch (nature) {
            case NOUVELLE -> "Convocation Passpro : " + d.eleve() + ", " + quand;
            case MODIFIEE -> "Convocation modifiée : " + d.eleve() + ", désormais le " + quand;
            case ANNULEE -> "Convocation annulée : " + d.eleve() + ", entretien du " + quand;
        };
        return ligneObjet(objet);
    }

    /** The plain text body. */
    public static String texte(ConvocationDocument d, Nature nature) {
        Contenu contenu = contenu(d, nature);
        StringBuilder text = new StringBuilder("Bonjour,\n\n").append(contenu.introduction()).append("\n\n");
        for (Detail detail : contenu.details()) {
            text.append(detail.etiquette()).append(" :");
            if (detail.valeurs().size() == 1) {
                text.append(' ').append(detail.valeurs().get(0)).append('\n');
            } else {
                text.append('\n');
                detail.valeurs().forEach(v -> text.append("  - ").append(v).append('\n'));
            }
        }
        for (String paragraphe : contenu.paragraphes()) {
            text.append('\n').append(paragraphe).append('\n');
        }
        return text.append("\n-- \n").append(SIGNATURE).append('\n').toString();
    }

    /** The HTML body: every text from the caller is escaped, the only link is the https video link. */
    public static String html(ConvocationDocument d, Nature nature) {
        Contenu contenu = contenu(d, nature);
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(Html.echapper(objet(d, nature))).append("</title>\n</head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #161616;\">\n")
                .append("<p>Bonjour,</p>\n<p>").append(Html.echapper(contenu.introduction())).append("</p>\n")
                .append("<table style=\"border-collapse: collapse;\">\n");
        for (Detail detail : contenu.details()) {
            html.append("<tr><th scope=\"row\" style=\"text-align: left; vertical-align: top; padding: 4px 12px 4px 0;\">")
                    .append(Html.echapper(detail.etiquette())).append("</th><td style=\"padding: 4px 0;\">");
            if (detail.lien()) {
                String url = Html.echapper(detail.valeurs().get(0));
                html.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            } else if (detail.valeurs().size() == 1) {
                html.append(Html.echapper(detail.valeurs().get(0)));
            } else {
                html.append("<ul style=\"margin: 0; padding-left: 18px;\">");
                detail.valeurs().forEach(v -> html.append("<li>").append(Html.echapper(v)).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (String paragraphe : contenu.paragraphes()) {
            html.append("<p>").append(Html.echapper(paragraphe)).append("</p>\n");
        }
        return html.append("<p style=\"color: #666666; font-size: 12px;\">").append(Html.echapper(SIGNATURE))
                .append("</p>\n</body>\n</html>\n").toString();
    }

    /** To the lycée: « Éloïse Lefèvre a renoncé : la place du mercredi 17 mars 2027 à 13 h 30 est libérée ». */
    public static String retraitObjet(ConvocationDocument d) {
        return ligneObjet(d.eleve() + " a renoncé : la place du " + Redaction.quandCourt(d) + " est libérée");
    }

    /** To the lycée, the plain text of the withdrawal of a convoked pupil. */
    public static String retraitTexte(ConvocationDocument d) {
        String place = Redaction.quand(d) + (d.distanciel() ? " (à distance)" : " (" + Redaction.salle(d.salle()) + ")");
        return "Bonjour,\n\n"
                + "L'élève " + Redaction.eleveEtClasse(d) + " a renoncé à son entretien d'information Passpro : sa"
                + " candidature a été retirée par son collège (" + Redaction.college(d) + ").\n\n"
                + "Domaine : " + d.domaine() + "\n"
                + "Entretien prévu : " + place + "\n\n"
                + "La place du " + Redaction.quand(d) + " est libérée : vous pouvez y convoquer un autre élève.\n"
                + "\n-- \n" + SIGNATURE + "\n";
    }

    private static Contenu contenu(ConvocationDocument d, Nature nature) {
        List<Detail> details = new ArrayList<>();
        details.add(Detail.de("Élève", Redaction.eleveEtClasse(d)));
        details.add(Detail.de("Établissement d'origine", Redaction.college(d)));
        details.add(Detail.de("Date", Redaction.jour(d.debut().toLocalDate())));
        details.add(Detail.de("Horaire", Redaction.horaire(d.debut(), d.fin())));
        if (d.distanciel()) {
            details.add(Detail.de("Lieu", "à distance, par visioconférence"));
            details.add(new Detail("Lien de la visioconférence", List.of(d.lienVisio().strip()), true));
        } else {
            details.add(Detail.de("Lieu", Redaction.lieuSurPlace(d)));
        }
        details.add(Detail.de("Modalité", Redaction.modalite(d)));
        details.add(Detail.de("Lycée d'accueil", Redaction.lycee(d)));
        details.add(Detail.de("Domaine", d.domaine()));
        details.add(new Detail(d.formations().size() > 1 ? "Formations demandées" : "Formation demandée",
                d.formations(), false));
        if (!Redaction.vide(d.intervenants())) {
            details.add(Detail.de("Intervenants", d.intervenants().strip()));
        }
        if (!Redaction.vide(d.referentNom())) {
            details.add(Detail.de("Personne référente", d.referentNom()));
        }

        String contact = "Pour toute question, ou si l'élève ne peut pas venir, écrivez au lycée : "
                + d.lyceeMail().strip() + ".";
        List<String> paragraphes = new ArrayList<>();
        String introduction;
        switch (nature) {
            case NOUVELLE -> {
                introduction = "Un entretien d'information Passpro est fixé pour l'élève " + d.eleve() + ", le "
                        + Redaction.quand(d) + ".";
                paragraphes.add("L'élève apporte " + Redaction.A_APPORTER + ". " + Redaction.SANS_BULLETIN);
                paragraphes.add(Redaction.FAMILLE);
                paragraphes.add("La convocation à remettre à l'élève est jointe (PDF), ainsi qu'une invitation"
                        + " pour votre agenda.");
                paragraphes.add(contact);
            }
            case MODIFIEE -> {
                introduction = "L'entretien d'information Passpro de l'élève " + d.eleve() + " change : il a"
                        + " désormais lieu le " + Redaction.quand(d) + ".";
                paragraphes.add("L'élève apporte " + Redaction.A_APPORTER + ". " + Redaction.SANS_BULLETIN);
                paragraphes.add(Redaction.FAMILLE);
                paragraphes.add("La nouvelle convocation à remettre à l'élève est jointe (PDF) : elle remplace la"
                        + " précédente. L'invitation jointe met à jour votre agenda.");
                paragraphes.add(contact);
            }
            case ANNULEE -> {
                introduction = "L'entretien d'information Passpro de l'élève " + d.eleve() + ", prévu le "
                        + Redaction.quand(d) + ", est annulé.";
                paragraphes.add("La convocation reçue pour cet entretien n'est plus valable ; l'annulation jointe"
                        + " le retire de votre agenda. Si un autre entretien est fixé, une nouvelle convocation"
                        + " vous parviendra.");
                paragraphes.add("Pour toute question, écrivez au lycée : " + d.lyceeMail().strip() + ".");
            }
            default -> throw new IllegalArgumentException(String.valueOf(nature));
        }
        return new Contenu(introduction, details, paragraphes);
    }

    private static String ligneObjet(String objet) {
        String ligne = Redaction.uneLigne(objet);
        return ligne.length() <= Courrier.OBJET_MAX ? ligne : ligne.substring(0, Courrier.OBJET_MAX - 1) + "…";
    }

    private record Contenu(String introduction, List<Detail> details, List<String> paragraphes) {
    }

    /** One labelled line of the mail; {@code lien}: the single value is an https link. */
    private record Detail(String etiquette, List<String> valeurs, boolean lien) {

        static Detail de(String etiquette, String valeur) {
            return new Detail(etiquette, List.of(valeur), false);
        }
    }
}
