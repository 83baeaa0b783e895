package fr.passpro.infrastructure.convocation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French wording shared by the invitation, the printed convocation, the mails and the day sheet. */
final class Redaction {

    static final String A_APPORTER = "la fiche d'aide à la préparation de l'entretien, remplie";
    static final String FAMILLE = "Les représentants légaux de l'élève peuvent l'accompagner à l'entretien.";
    static final String SANS_BULLETIN = "Aucun bulletin scolaire n'est demandé.";

    private static final DateTimeFormatter JOUR_SEMAINE = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private Redaction() {
    }

    /** « mercredi 17 mars 2027 », « lundi 1er mars 2027 ». */
    static String jour(LocalDate date) {
        int quantieme = date.getDayOfMonth();
        return JOUR_SEMAINE.format(date) + " " + (quantieme == 1 ? "1er" : String.valueOf(quantieme)) + " "
                + MOIS_ANNEE.format(date);
    }

    /** « 13 h 30 », « 14 h ». */
    static String heure(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h" : String.format("%d h %02d", time.getHour(), time.getMinute());
    }

    /** « de 13 h 30 à 13 h 50 ». */
    static String horaire(LocalDateTime debut, LocalDateTime fin) {
        return "de " + heure(debut.toLocalTime()) + " à " + heure(fin.toLocalTime());
    }

    /** « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 ». */
    static String quand(ConvocationDocument d) {
        return jour(d.debut().toLocalDate()) + " " + horaire(d.debut(), d.fin());
    }

    /** « mercredi 17 mars 2027 à 13 h 30 », short enough for a subject. */
    static String quandCourt(ConvocationDocument d) {
        return jour(d.debut().toLocalDate()) + " à " + heure(d.debut().toLocalTime());
    }

    /** « salle 104, Lycée professionnel Jean Lurçat, Saint-Maur-des-Fossés », or « à distance ». */
    static String lieu(ConvocationDocument d) {
        return d.distanciel() ? "à distance, par visioconférence" : lieuSurPlace(d);
    }

    static String lieuSurPlace(ConvocationDocument d) {
        return salle(d.salle()) + ", " + d.lyceeNom() + ", " + d.lyceeCommune();
    }

    /** « salle 104 » from « 104 » or « B12 »; a named room (« Atelier 3 », « CDI », « Salle polyvalente ») as it is. */
    static String salle(String salle) {
        String s = salle.strip();
        return s.matches("\\p{L}?\\d.*") ? "salle " + s : s;
    }

    /** « Entretien individuel » / « Entretien collectif ». */
    static String modalite(ConvocationDocument d) {
        return d.individuel() ? "Entretien individuel" : "Entretien collectif";
    }

    /** What the modality means for the pupil. */
    static String modaliteExpliquee(ConvocationDocument d) {
        return d.individuel()
                ? "Entretien individuel : l'élève est reçu seul par l'équipe du lycée."
                : "Entretien collectif : l'élève est reçu avec d'autres élèves intéressés par le domaine.";
    }

    /** « Éloïse Lefèvre (3e B) ». */
    static String eleveEtClasse(ConvocationDocument d) {
        return d.eleve() + (vide(d.eleveClasse()) ? "" : " (" + d.eleveClasse().strip() + ")");
    }

    /** « Collège Jean Moulin, Vincennes ». */
    static String college(ConvocationDocument d) {
        return d.collegeNom() + (vide(d.collegeCommune()) ? "" : ", " + d.collegeCommune());
    }

    /** « Lycée professionnel Jean Lurçat, Saint-Maur-des-Fossés ». */
    static String lycee(ConvocationDocument d) {
        return d.lyceeNom() + ", " + d.lyceeCommune();
    }

    /** A subject line: line breaks of a text typed elsewhere become spaces. */
    static String uneLigne(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static boolean vide(String text) {
        return text == null || text.isBlank();
    }
}
