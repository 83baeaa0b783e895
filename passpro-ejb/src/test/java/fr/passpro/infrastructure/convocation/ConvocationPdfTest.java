package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ConvocationPdfTest {

    @Test
    void theConvocationNamesThePupilWithAccentsTheDateInWordsTheTimeAndTheRoom() throws IOException {
        byte[] pdf = ConvocationPdf.une(Exemples.eloise());
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages).hasSize(1);
        assertThat(Pdfs.largeurPage(pdf)).isCloseTo(595f, Offset.offset(1f));
        assertThat(pages.get(0))
                .contains("Académie de Créteil – Passpro")
                .contains("Convocation à un entretien d'information")
                .contains("Éloïse Lefèvre")
                .contains("3e B")
                .contains("Collège Jean Moulin, Vincennes")
                .contains("Mme Anne-Sophie Côté")
                .contains("mercredi 17 mars 2027")
                .contains("de 13 h 30 à 13 h 50")
                .contains("Lieu salle 104, Lycée professionnel Jean Lurçat")
                .contains("Électricité, énergie")
                .contains("CAP Électricien")
                .contains("Entretien individuel")
                .contains("la fiche d'aide à la préparation de l'entretien, remplie")
                .contains("peuvent l'accompagner")
                .contains("ce.0940132h@ac-creteil.fr")
                .doesNotContain("distance");
    }

    @Test
    void aVideoInterviewGivesItsLinkAndNoRoom() {
        String page = Pdfs.pages(ConvocationPdf.une(Exemples.aDistance(Exemples.LUNDI_13_30))).get(0);

        assertThat(page).contains("À distance, par visioconférence")
                .contains("https://visio.education.fr/meeting/passpro-4?pwd=a&b=1")
                .contains("lundi 29 mars 2027")
                .contains("de 13 h 30 à 14 h 15")
                .contains("Entretien collectif")
                .doesNotContain("salle");
    }

    @Test
    void severalConvocationsPrintOnePageEachInOrder() {
        List<String> pages = Pdfs.pages(ConvocationPdf.plusieurs(List.of(
                Exemples.eloise(),
                Exemples.aDistance(Exemples.LUNDI_13_30),
                Exemples.surPlace(Exemples.SAMEDI_13_30, "Œuvray", "Zoé"))));

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("Éloïse Lefèvre").doesNotContain("Moussa");
        assertThat(pages.get(1)).contains("Moussa N'Diaye").doesNotContain("Éloïse");
        assertThat(pages.get(2)).contains("Zoé Œuvray").contains("samedi 27 mars 2027");
    }

    @Test
    void nothingToPrintIsRefused() {
        assertThatThrownBy(() -> ConvocationPdf.plusieurs(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
