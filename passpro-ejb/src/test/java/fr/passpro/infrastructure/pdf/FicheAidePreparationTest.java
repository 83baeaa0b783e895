package fr.passpro.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.consultation.FormationDetail;
import fr.passpro.domain.catalogue.consultation.FormationVue;

class FicheAidePreparationTest {

    private static final FormationDetail ELECTRICITE = new FormationDetail(
            new FormationVue(12L, "40025410", "Métiers de l'électricité et de ses environnements connectés",
                    Diplome.SECONDE_PRO, "Métiers des transitions numérique et énergétique", 3L,
                    "Électricité, énergie", 7L, "Lycée professionnel Jean Lurçat", "0940132H", "Saint-Maur-des-Fossés",
                    "094", "Val-de-Marne", "24", "Créteil", null, "24", ModaliteEntretien.INDIVIDUEL, true),
            8L, "Lycée professionnel Léonard de Vinci", "0930135S", "Tremblay-en-France", null,
            "Entretiens le mercredi après-midi.", "2026-2027", "Créteil");

    private final FicheAidePreparation fiche = new FicheAidePreparation();

    @Test
    void theFicheNamesTheFormationWithItsAccentsAndTheLycees() throws IOException {
        String text = textOf(fiche.pdf(ELECTRICITE));

        assertThat(text).contains("Académie de Créteil — Passpro")
                .contains("Métiers de l'électricité")
                .contains("40025410")
                .contains("2de professionnelle")
                .contains("Métiers des transitions numérique et énergétique")
                .contains("Lycée professionnel Jean Lurçat")
                .contains("Saint-Maur-des-Fossés")
                .contains("0940132H")
                .contains("Lycée professionnel Léonard de Vinci")
                .contains("0930135S")
                .contains("Entretien individuel");
    }

    @Test
    void theFicheAsksTheQuestionsToPrepareAndNeverASchoolReport() throws IOException {
        String text = textOf(fiche.pdf(ELECTRICITE));

        assertThat(text).contains("Le métier et ses conditions d'exercice")
                .contains("Ce que la formation attend des élèves")
                .contains("Les débouchés et la poursuite d'études")
                .contains("Pourquoi ce choix")
                .contains("Les questions à poser lors de l'entretien")
                .contains("aucun bulletin scolaire n'est demandé")
                .contains("Nom et prénom de l'élève")
                .contains("Collège")
                .contains("Personne référente");
    }

    @Test
    void aCollectiveCapWithoutFamilleIsDescribedAsSuch() throws IOException {
        FormationDetail cap = new FormationDetail(new FormationVue(13L, "50022311", "CAP Cuisine", Diplome.CAP, null, 4L,
                "Hôtellerie-restauration", 9L, "Lycée polyvalent Flora Tristan", "0770942F", "Montereau-Fault-Yonne", "077",
                "Seine-et-Marne", "24", "Créteil", null, "24", ModaliteEntretien.COLLECTIF, true),
                9L, "Lycée polyvalent Flora Tristan", "0770942F", "Montereau-Fault-Yonne", null, null, "2026-2027", "Créteil");

        String text = textOf(fiche.pdf(cap));

        assertThat(text).contains("CAP Cuisine").contains("1re année de CAP").contains("Entretien collectif")
                .doesNotContain("Famille de métiers");
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // the extractor may break a line where the layout wrapped it
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
