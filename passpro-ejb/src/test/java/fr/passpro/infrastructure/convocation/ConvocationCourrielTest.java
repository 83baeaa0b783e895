package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.infrastructure.convocation.ConvocationCourriel.Nature;

class ConvocationCourrielTest {

    private final ConvocationDocument eloise = Exemples.eloise();

    @Test
    void aNewConvocationSaysWhoWhenWhereAndWhatToBring() {
        assertThat(ConvocationCourriel.objet(eloise, Nature.NOUVELLE))
                .isEqualTo("Convocation Passpro : Éloïse Lefèvre, mercredi 17 mars 2027 à 13 h 30");
        assertThat(ConvocationCourriel.texte(eloise, Nature.NOUVELLE))
                .startsWith("Bonjour,")
                .contains("Éloïse Lefèvre (3e B)")
                .contains("Collège Jean Moulin, Vincennes")
                .contains("Date : mercredi 17 mars 2027")
                .contains("Horaire : de 13 h 30 à 13 h 50")
                .contains("Lieu : salle 104, Lycée professionnel Jean Lurçat, Saint-Maur-des-Fossés")
                .contains("Modalité : Entretien individuel")
                .contains("  - CAP Électricien")
                .contains("la fiche d'aide à la préparation de l'entretien, remplie")
                .contains("Aucun bulletin scolaire n'est demandé.")
                .contains("peuvent l'accompagner")
                .contains("est jointe (PDF)")
                .contains("ce.0940132h@ac-creteil.fr");
    }

    @Test
    void aChangedConvocationNamesTheNewDate() {
        ConvocationDocument deplacee = Exemples.surPlace(Exemples.LUNDI_13_30, "Lefèvre", "Éloïse");

        assertThat(ConvocationCourriel.objet(deplacee, Nature.MODIFIEE))
                .isEqualTo("Convocation modifiée : Éloïse Lefèvre, désormais le lundi 29 mars 2027 à 13 h 30");
        assertThat(ConvocationCourriel.texte(deplacee, Nature.MODIFIEE))
                .contains("désormais lieu le lundi 29 mars 2027 de 13 h 30 à 13 h 50")
                .contains("remplace la précédente");
    }

    @Test
    void aCancelledConvocationSaysSoAndAsksToBringNothing() {
        assertThat(ConvocationCourriel.objet(eloise, Nature.ANNULEE))
                .isEqualTo("Convocation annulée : Éloïse Lefèvre, entretien du mercredi 17 mars 2027 à 13 h 30");
        assertThat(ConvocationCourriel.texte(eloise, Nature.ANNULEE))
                .contains("prévu le mercredi 17 mars 2027 de 13 h 30 à 13 h 50, est annulé")
                .contains("n'est plus valable")
                .doesNotContain("fiche d'aide")
                .doesNotContain("(PDF)");
        assertThat(ConvocationCourriel.html(eloise, Nature.ANNULEE)).contains("est annulé");
    }

    @Test
    void theHtmlShowsTheSameDetailsAndTheVideoLinkEscaped() {
        String html = ConvocationCourriel.html(Exemples.aDistance(Exemples.LUNDI_13_30), Nature.NOUVELLE);

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"fr\">")
                .contains("Moussa N&#39;Diaye")
                .contains("lundi 29 mars 2027")
                .contains("<a href=\"https://visio.education.fr/meeting/passpro-4?pwd=a&amp;b=1\">")
                .contains("CAP Cuisine")
                .contains("Entretien collectif")
                .doesNotContain("<li>");
    }

    @Test
    void aNameWithMarkupIsShownAsTextNeverAsMarkup() {
        ConvocationDocument piege = Exemples.surPlace(Exemples.MERCREDI_13_30, "<script>alert('x')</script>",
                "Jean & \"Léo\"");

        String html = ConvocationCourriel.html(piege, Nature.NOUVELLE);

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Jean &amp; &quot;Léo&quot;");
        assertThat(ConvocationCourriel.texte(piege, Nature.NOUVELLE)).contains("<script>alert('x')</script>");
    }

    @Test
    void aSubjectStaysOnOneLineWithinTheOutboxLimit() {
        ConvocationDocument longue = Exemples.surPlace(Exemples.MERCREDI_13_30, "Lefèvre\r\nBcc: x@y.fr" + "e".repeat(300),
                "Éloïse");

        String objet = ConvocationCourriel.objet(longue, Nature.NOUVELLE);

        assertThat(objet).doesNotContain("\n").doesNotContain("\r").hasSizeLessThanOrEqualTo(Courrier.OBJET_MAX);
        assertThat(Courrier.nouveau(List.of("a@b.fr"), objet, "texte", null, Instant.EPOCH).getObjet()).isEqualTo(objet);
    }

    @Test
    void theLyceeLearnsThatAConvokedPupilWithdrewAndTheSlotIsFree() {
        assertThat(ConvocationCourriel.retraitObjet(eloise))
                .isEqualTo("Éloïse Lefèvre a renoncé : la place du mercredi 17 mars 2027 à 13 h 30 est libérée");
        assertThat(ConvocationCourriel.retraitTexte(eloise))
                .contains("Éloïse Lefèvre (3e B) a renoncé")
                .contains("Collège Jean Moulin, Vincennes")
                .contains("Électricité, énergie")
                .contains("mercredi 17 mars 2027 de 13 h 30 à 13 h 50 (salle 104)")
                .contains("est libérée");
    }
}
