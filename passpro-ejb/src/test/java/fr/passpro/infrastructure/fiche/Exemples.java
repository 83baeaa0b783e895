package fr.passpro.infrastructure.fiche;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.passpro.infrastructure.fiche.FicheRecapitulative.Entretien;
import fr.passpro.infrastructure.fiche.FicheRecapitulative.Voeu;

/** Fiches for the tests and the benchmark, with the accents and lengths of real ones. */
final class Exemples {

    static final LocalDateTime MERCREDI_13_30 = LocalDateTime.of(2027, 3, 17, 13, 30);

    private static final String PHRASES = "Éloïse a présenté son projet avec clarté et beaucoup d'enthousiasme."
            + " Elle connaît bien le métier grâce à son stage d'observation chez un artisan électricien à Créteil."
            + " Elle a posé des questions pertinentes sur les périodes de formation en milieu professionnel."
            + " L'équipe a apprécié sa curiosité, sa maturité et son goût pour le travail manuel soigné."
            + " Il faudra veiller à la régularité du travail en mathématiques, utile pour les calculs de puissance."
            + " Le lycée l'encourage à visiter l'atelier lors des journées portes ouvertes du samedi 3 avril.";

    private Exemples() {
    }

    /** A text of exactly {@code longueur} characters, in whole sentences repeated, cut at the end. */
    static String texte(int longueur) {
        StringBuilder s = new StringBuilder();
        while (s.length() < longueur) {
            s.append(s.length() == 0 ? "" : " ").append(PHRASES);
        }
        return s.substring(0, longueur - 1).strip() + ".";
    }

    static Entretien electricite(String compteRendu) {
        return new Entretien("Électricité, énergie", "Lycée professionnel Jean Lurçat", "Saint-Maur-des-Fossés",
                MERCREDI_13_30, true, false, "Présent", List.of(
                        new Voeu(1, "CAP Électricien", "Lycée professionnel Jean Lurçat", "Favorable",
                                "Élève très motivée, stage réussi.", "Assez favorable", false),
                        new Voeu(2, "2de pro Métiers des transitions numérique et énergétique",
                                "Lycée Armand Guillaumin", "Réservé", "Projet encore à préciser.", "Réservé", false),
                        new Voeu(3, "CAP Préparation et réalisation d'ouvrages électriques",
                                "Lycée professionnel Jean Lurçat", null, null, "Favorable", true)),
                compteRendu);
    }

    static Entretien collectif() {
        return new Entretien("Hôtellerie, restauration", "Lycée des métiers François Rabelais", "Vitry-sur-Seine",
                LocalDateTime.of(2027, 3, 29, 9, 0), false, true, "Excusé", List.of(
                        new Voeu(1, "CAP Cuisine", "Lycée des métiers François Rabelais", "Favorable", null, null,
                                false)),
                null);
    }

    static Entretien aVenir() {
        return new Entretien("Santé, social", "Lycée Gabriel Péri", "Champigny-sur-Marne", null, true, false, null,
                List.of(new Voeu(1, "2de pro Accompagnement, soins et services à la personne", "Lycée Gabriel Péri",
                        "Favorable", "Projet réfléchi, engagement associatif.", null, false)),
                null);
    }

    static FicheRecapitulative fiche(String prenom, String nom, List<Entretien> entretiens) {
        return new FicheRecapitulative("Créteil", "2026-2027", nom, prenom, "3e B", LocalDate.of(2012, 3, 1),
                "Collège Jean Moulin", "Vincennes", "Mme Anne-Sophie Côté", "anne-sophie.cote@ac-creteil.fr",
                entretiens);
    }

    static FicheRecapitulative eloise() {
        return fiche("Éloïse", "Lefèvre", List.of(electricite(texte(1_500)), collectif(), aVenir()));
    }

    private static final String[] PRENOMS = { "Éloïse", "Zoé", "Moussa", "Inès", "Noël", "Maëlys", "Loïc", "Anaïs",
            "Yanis", "Chloé", "Jérémy", "Léa", "Aïcha", "Théo", "Cécile", "Raphaël" };
    private static final String[] NOMS = { "Lefèvre", "Œuvray", "N'Diaye", "Bénard", "Gaël-Dupré", "Lemaître",
            "Moreau", "Fontaine", "Rousseau", "Chevalier", "Giraud", "Perrin", "Bérenger", "Ngô", "Dubœuf" };
    private static final String[] DOMAINES = { "Électricité, énergie", "Hôtellerie, restauration",
            "Santé, social", "Commerce, vente", "Bâtiment, travaux publics", "Mécanique, automobile" };
    private static final String[] AVIS = { "Favorable", "Assez favorable", "Réservé" };

    /**
     * {@code n} pupils of a collège, 2 inscriptions each with 2 or 3 vœux, individual interviews held with comptes
     * rendus of 600 to 1,200 characters; the same for the same seed.
     */
    static List<FicheRecapitulative> college(int n, long seed) {
        Random r = new Random(seed);
        List<FicheRecapitulative> fiches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Entretien> entretiens = new ArrayList<>();
            int d = r.nextInt(DOMAINES.length);
            for (int k = 0; k < 2; k++) {
                String domaine = DOMAINES[(d + k) % DOMAINES.length];
                String lycee = "Lycée professionnel " + NOMS[r.nextInt(NOMS.length)];
                List<Voeu> voeux = new ArrayList<>();
                int nv = 2 + r.nextInt(2);
                for (int v = 1; v <= nv; v++) {
                    voeux.add(new Voeu(v, (v % 2 == 0 ? "2de pro " : "CAP ") + domaine + " option " + v, lycee,
                            AVIS[r.nextInt(3)], "Élève sérieux, motivation réelle pour le métier ; stage réussi.",
                            AVIS[r.nextInt(3)], false));
                }
                entretiens.add(new Entretien(domaine, lycee, "Créteil",
                        MERCREDI_13_30.plusDays(r.nextInt(50)).plusMinutes(20 * r.nextInt(10)), true, r.nextBoolean(),
                        "Présent", voeux, texte(600 + r.nextInt(601))));
            }
            fiches.add(new FicheRecapitulative("Créteil", "2026-2027", NOMS[r.nextInt(NOMS.length)] + " " + i,
                    PRENOMS[r.nextInt(PRENOMS.length)], "3e " + (char) ('A' + i % 8), LocalDate.of(2012, 1, 1)
                            .plusDays(r.nextInt(365)), "Collège Jean Moulin", "Vincennes", "M. Paul Durand",
                    "paul.durand@ac-creteil.fr", entretiens));
        }
        return fiches;
    }
}
