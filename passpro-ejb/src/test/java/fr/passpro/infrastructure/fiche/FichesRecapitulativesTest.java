package fr.passpro.infrastructure.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passpro.infrastructure.fiche.FicheRecapitulative.Entretien;
import fr.passpro.infrastructure.fiche.FicheRecapitulative.Voeu;

class FichesRecapitulativesTest {

    @Test
    void theFicheNamesThePupilWithAccentsEachInterviewAndBothAvisOnEachVoeu() {
        String texte = String.join(" ", Pdfs.pages(FichesRecapitulatives.une(Exemples.eloise())));

        assertThat(texte)
                .contains("Académie de Créteil – Passpro – 2026-2027")
                .contains("Fiche récapitulative des entretiens d'information")
                .contains("Éloïse Lefèvre")
                .contains("Classe 3e B")
                .contains("Date de naissance").contains("1er mars 2012")
                .contains("Collège Jean Moulin, Vincennes")
                .contains("Mme Anne-Sophie Côté (anne-sophie.cote@ac-creteil.fr)")
                .contains("Lycée d'accueil : Lycée professionnel Jean Lurçat, Saint-Maur-des-Fossés")
                .contains("Date et modalité : mercredi 17 mars 2027 à 13 h 30, entretien individuel, en présentiel")
                .contains("Présence à l'entretien : oui")
                .contains("lundi 29 mars 2027 à 9 h, entretien collectif, à distance")
                .contains("Présence à l'entretien : non (absence excusée)")
                .contains("Date et modalité : Entretien à venir (individuel, en présentiel)")
                // each row: rang, formation, its établissement, avis d'origine and commentaire, avis d'accueil
                .contains("1 CAP Électricien Lycée professionnel Jean Lurçat Favorable Élève très motivée, stage réussi."
                        + " Assez favorable")
                .contains("Lycée Armand Guillaumin Réservé Projet encore à préciser. Réservé")
                .contains("d'ouvrages électriques Lycée professionnel Jean Lurçat ajouté lors de l'entretien — Favorable")
                .contains("CAP Cuisine Lycée des métiers François Rabelais Favorable sans objet (entretien collectif)")
                .contains("Projet réfléchi, engagement associatif. en attente")
                .contains("Entretien collectif : pas de compte rendu")
                .contains("Compte rendu non encore saisi")
                .contains("Les formations proposées dans Passpro ne donnent aucun bonus dans Affelnet-Lycée.")
                .contains("Observations de la famille")
                .contains("Signature des représentants légaux")
                .contains("Vos données : Passpro garde l'identité de l'élève")
                .contains("adressez-vous au chef d'établissement du collège ou au SAIO de l'académie de Créteil");
        assertThat(texte.split("ajouté lors de l'entretien", -1)).as("only the vœu added at the interview").hasSize(2);
    }

    @Test
    void noGuillemetIsLeftAloneAtTheEndOrStartOfALine() {
        // a compte rendu full of quoted words wraps many times: each « stays with the word it opens
        StringBuilder cr = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            cr.append("Le mot « motivation » revient, comme « projet » et « stage ». ");
        }
        byte[] pdf = FichesRecapitulatives.une(Exemples.fiche("Inès", "Martin", List.of(Exemples.electricite(cr.toString()))));
        List<String> lignes = Pdfs.lignes(pdf).stream().flatMap(p -> p.lines()).map(String::strip).toList();
        assertThat(lignes).filteredOn(l -> l.contains("motivation")).hasSizeGreaterThan(5);
        assertThat(lignes).noneMatch(l -> l.endsWith("«")).noneMatch(l -> l.startsWith("»"));
    }

    @Test
    void aLongCompteRenduIsPrintedWholeWrappedWithinThePage() {
        String compteRendu = Exemples.texte(1_500);
        byte[] pdf = FichesRecapitulatives.une(Exemples.fiche("Éloïse", "Lefèvre",
                List.of(Exemples.electricite(compteRendu))));

        assertThat(compteRendu).hasSize(1_500).contains("Créteil").contains("régularité");
        assertThat(Pdfs.pages(pdf).get(0)).contains("Éloïse Lefèvre")
                .contains("Électricité, énergie").contains("Compte rendu de l'entretien " + compteRendu);
        List<String> lignes = Pdfs.lignes(pdf).get(0).lines().toList();
        List<String> duCompteRendu = lignes.stream().filter(l -> compteRendu.contains(l.strip())).toList();
        assertThat(duCompteRendu).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(l.strip()).hasSizeLessThan(110));
    }

    @Test
    void theFooterNumbersThePagesOfThePupil() {
        List<String> pages = Pdfs.pages(FichesRecapitulatives.une(Exemples.eloise()));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Fiche récapitulative – Éloïse Lefèvre, 3e B – page 1 / 2");
        assertThat(pages.get(1)).contains("Fiche récapitulative – Éloïse Lefèvre, 3e B – page 2 / 2");
    }

    @Test
    void severalPupilsEachStartOnANewSheetWithTheirOwnPageNumbers() {
        FicheRecapitulative eloise = Exemples.eloise();
        FicheRecapitulative zoe = Exemples.fiche("Zoé", "Œuvray", List.of(Exemples.collectif()));
        FicheRecapitulative moussa = Exemples.fiche("Moussa", "N'Diaye", quatreEntretiensLongs());
        List<FicheRecapitulative> fiches = List.of(eloise, zoe, moussa);
        int[] tailles = fiches.stream().mapToInt(f -> Pdfs.pages(FichesRecapitulatives.une(f)).size()).toArray();

        List<String> pages = Pdfs.pages(FichesRecapitulatives.plusieurs(fiches));

        assertThat(tailles).containsExactly(2, 1, 4);
        assertThat(pages).as("Zoé's one page is followed by a blank one, for recto verso printing").hasSize(8);
        assertThat(pages.get(3)).contains("Page laissée blanche").doesNotContain("Zoé").doesNotContain("Moussa");
        int debut = 0;
        for (int i = 0; i < fiches.size(); i++) {
            String nom = fiches.get(i).elevePrenom() + " " + fiches.get(i).eleveNom();
            assertThat(pages.get(debut)).as("first page of %s", nom)
                    .contains("Fiche récapitulative des entretiens d'information")
                    .contains("Élève " + nom)
                    .contains(nom + ", 3e B – page 1 / " + tailles[i]);
            if (debut > 0) {
                assertThat(pages.get(debut - 1)).as("page before %s", nom).doesNotContain(nom);
            }
            debut += tailles[i] + tailles[i] % 2;
        }
    }

    @Test
    void anInscriptionIsNeverSplitAcrossPages() {
        List<Entretien> entretiens = quatreEntretiensLongs();
        List<String> pages = Pdfs.pages(FichesRecapitulatives.une(Exemples.fiche("Moussa", "N'Diaye", entretiens)));

        assertThat(pages).hasSize(4);
        for (int k = 1; k <= entretiens.size(); k++) {
            Entretien e = entretiens.get(k - 1);
            int titre = premierePage(pages, e.domaine());
            assertThat(titre).as(e.domaine()).isNotNegative();
            assertThat(pages.get(titre)).as("%s on page %d", e.domaine(), titre + 1)
                    .contains("Lycée professionnel Camille Claudel")
                    .contains("CAP Métier n° " + k + " Lycée professionnel Camille Claudel")
                    .contains("Fin du compte rendu n° " + k + ".");
        }
    }

    @Test
    void theFamilyBoxGoesWithTheLastInscriptionRatherThanAloneOnAPage() {
        // sized so that the last inscription still fits on the first page, but not with the family box after it
        FicheRecapitulative f = Exemples.fiche("Zoé", "Œuvray", List.of(
                long_("Électricité, énergie", 1, 700), long_("Santé, social", 2, 300)));
        List<String> pages = Pdfs.pages(FichesRecapitulatives.une(f));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Électricité, énergie").doesNotContain("Santé, social");
        assertThat(pages.get(1)).contains("Santé, social").contains("Fin du compte rendu n° 2.")
                .contains("Observations de la famille").contains("Signature des représentants légaux");
    }

    @Test
    void aFicheWithoutWhatAFamilyNeedsIsRefused() {
        Voeu voeu = new Voeu(1, "CAP Cuisine", "Lycée François Rabelais", null, null, null, false);
        Entretien entretien = new Entretien("Hôtellerie, restauration", "Lycée François Rabelais", null, null, true,
                false, null, List.of(voeu), null);

        assertThatThrownBy(() -> Exemples.fiche("Éloïse", " ", List.of(entretien)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("le nom de l'élève");
        assertThatThrownBy(() -> Exemples.fiche("Éloïse", "Lefèvre", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sans entretien");
        assertThatThrownBy(() -> new Voeu(1, "CAP Cuisine", "Lycée François Rabelais", "Très favorable", null, null,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Avis inconnu");
        assertThatThrownBy(() -> new Entretien("Hôtellerie, restauration", "Lycée François Rabelais", null, null,
                false, false, null, List.of(voeu), "Un compte rendu")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collectif");
        assertThatThrownBy(() -> new Entretien("Hôtellerie, restauration", "Lycée François Rabelais", null, null,
                true, false, "présente", List.of(voeu), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Présence inconnue");
        assertThatThrownBy(() -> FichesRecapitulatives.plusieurs(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Entretien> quatreEntretiensLongs() {
        List<Entretien> entretiens = new ArrayList<>();
        String[] domaines = { "Électricité, énergie", "Hôtellerie, restauration", "Santé, social", "Commerce, vente" };
        for (int k = 1; k <= 4; k++) {
            entretiens.add(long_(domaines[k - 1], k, 1_400));
        }
        return entretiens;
    }

    /** An individual interview whose compte rendu ends with « Fin du compte rendu n° k. ». */
    private static Entretien long_(String domaine, int k, int longueur) {
        List<Voeu> voeux = List.of(
                new Voeu(1, "CAP Métier n° " + k, "Lycée professionnel Camille Claudel", "Favorable",
                        "Élève investi.", "Favorable", false),
                new Voeu(2, "2de pro Famille n° " + k, "Lycée professionnel Camille Claudel", "Assez favorable",
                        "Projet à mûrir.", "Réservé", false));
        return new Entretien(domaine, "Lycée professionnel Camille Claudel", "Créteil",
                LocalDateTime.of(2027, 4, k, 14, 0), true, false, "Présent", voeux,
                Exemples.texte(longueur) + " Fin du compte rendu n° " + k + ".");
    }

    private static int premierePage(List<String> pages, String texte) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(texte)) {
                return p;
            }
        }
        return -1;
    }
}
