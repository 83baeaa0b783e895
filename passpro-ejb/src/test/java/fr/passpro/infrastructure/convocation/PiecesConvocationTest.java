package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The text of a convocation queued with its mail gives back the same document, so that the PDF and the invitation
 * produced when the mail is sent are the ones of the change that queued it (same SEQUENCE, same place and time).
 */
class PiecesConvocationTest {

    @Test
    void theTextOfADocumentGivesBackTheSameDocumentWithAccentsQuotesAndLineBreaks() {
        ConvocationDocument surPlace = Exemples.surPlace(LocalDateTime.of(2027, 3, 17, 13, 30), "N'Diaye = Côté",
                "Éloïse\nMarie");
        ConvocationDocument aDistance = Exemples.aDistance(LocalDateTime.of(2027, 3, 29, 9, 0));

        assertThat(ConvocationDocument.depuisTexte(surPlace.enTexte())).isEqualTo(surPlace);
        assertThat(ConvocationDocument.depuisTexte(aDistance.enTexte())).isEqualTo(aDistance);
        assertThat(surPlace.enTexte()).as("le même document donne toujours le même texte").isEqualTo(surPlace.enTexte());
    }

    @Test
    void theProducedFilesAreTheOnesBuiltFromTheDocumentItself() {
        ConvocationDocument d = Exemples.eloise();

        assertThat(PiecesConvocation.produire(PiecesConvocation.INVITATION, d.enTexte()))
                .isEqualTo(InvitationCalendrier.requete(d));
        assertThat(PiecesConvocation.produire(PiecesConvocation.ANNULATION, d.enTexte()))
                .isEqualTo(InvitationCalendrier.annulation(d));
        assertThat(new String(PiecesConvocation.produire(PiecesConvocation.PDF, d.enTexte()), 0, 5))
                .isEqualTo("%PDF-");
        assertThatThrownBy(() -> PiecesConvocation.produire("inconnu", d.enTexte()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
