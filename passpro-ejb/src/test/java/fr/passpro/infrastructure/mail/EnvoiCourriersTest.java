package fr.passpro.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.ProblemeEnvoi;
import fr.passpro.infrastructure.convocation.ConvocationDocument;
import fr.passpro.infrastructure.convocation.InvitationCalendrier;
import fr.passpro.infrastructure.convocation.PiecesConvocation;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class EnvoiCourriersTest {

    private static final ConvocationDocument CONVOCATION = new ConvocationDocument(
            "convocation-42@passpro.ac-creteil.fr", 1, Instant.parse("2027-03-01T08:15:00Z"), "Créteil", "Lefèvre",
            "Éloïse", "3e B", "Collège Jean Moulin", "Vincennes", "ce.0941234a@ac-creteil.fr", "Mme Côté",
            "anne-sophie.cote@ac-creteil.fr", "Lycée professionnel Jean Lurçat", "Saint-Maur-des-Fossés",
            "ce.0940132h@ac-creteil.fr", "Électricité, énergie", List.of("CAP Électricien"), true, false,
            LocalDateTime.of(2027, 3, 17, 13, 30), LocalDateTime.of(2027, 3, 17, 13, 50), "104", null, null);

    @Test
    void aCalendarInvitationIsSentWithItsMethodSoThatClientsOfferToAddIt() throws Exception {
        BodyPart ics = piece(message(InvitationCalendrier.requete(CONVOCATION)), 1);

        ContentType type = new ContentType(ics.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(ics.getFileName()).isEqualTo("convocation.ics");
    }

    @Test
    void aCancellationIsSentAsSuch() throws Exception {
        BodyPart ics = piece(message(InvitationCalendrier.annulation(CONVOCATION)), 1);

        assertThat(new ContentType(ics.getContentType()).getParameter("method")).isEqualTo("CANCEL");
    }

    @Test
    void otherAttachmentsKeepTheirType() throws Exception {
        BodyPart pdf = piece(message(InvitationCalendrier.requete(CONVOCATION)), 2);

        assertThat(new ContentType(pdf.getContentType()).getBaseType()).isEqualTo("application/pdf");
        assertThat(new ContentType(pdf.getContentType()).getParameter("method")).isNull();
        assertThat(pdf.getFileName()).isEqualTo("convocation.pdf");
    }

    @Test
    void theCalendarArrivesUnchanged() throws Exception {
        byte[] requete = InvitationCalendrier.requete(CONVOCATION);
        BodyPart ics = piece(message(requete), 1);

        try (InputStream contenu = ics.getInputStream()) {
            assertThat(contenu.readAllBytes()).isEqualTo(requete);
        }
    }

    @Test
    void anAttachmentProducedAtSendTimeIsTheDocumentOfTheQueuedConvocation() throws Exception {
        Courrier courrier = Courrier.nouveau(List.of("ce.0941234a@ac-creteil.fr"), "Convocation", "Bonjour", null,
                Instant.parse("2027-03-01T08:15:00Z"))
                .joindreAProduire("convocation.ics", "text/calendar", PiecesConvocation.ANNULATION, CONVOCATION.enTexte());
        Session session = Session.getInstance(new Properties());
        MimeMessage message = EnvoiCourriers.message(session, courrier);
        message.saveChanges();
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        message.writeTo(octets);
        BodyPart ics = piece(new MimeMessage(session, new ByteArrayInputStream(octets.toByteArray())), 1);

        assertThat(new ContentType(ics.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        try (InputStream contenu = ics.getInputStream()) {
            assertThat(contenu.readAllBytes()).isEqualTo(InvitationCalendrier.annulation(CONVOCATION));
        }
    }

    /** The message as the SMTP server receives it. */
    private static MimeMessage message(byte[] ics) throws MessagingException, IOException {
        Courrier courrier = Courrier.nouveau(List.of("ce.0941234a@ac-creteil.fr"), "Convocation", "Bonjour", null,
                Instant.parse("2027-03-01T08:15:00Z"))
                .joindre("convocation.ics", "text/calendar", ics)
                .joindre("convocation.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Session session = Session.getInstance(new Properties());
        MimeMessage message = EnvoiCourriers.message(session, courrier);
        message.saveChanges();
        // read back what goes over the wire
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        message.writeTo(octets);
        return new MimeMessage(session, new ByteArrayInputStream(octets.toByteArray()));
    }

    private static BodyPart piece(MimeMessage message, int rang) throws MessagingException, IOException {
        return ((MimeMultipart) message.getContent()).getBodyPart(rang);
    }

    @Test
    void theRecordedErrorNamesItsCausesSoThatAStalledServerIsRecognised() {
        var e = new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"));

        String erreur = EnvoiCourriers.erreur(e);

        assertThat(erreur).isEqualTo("MessagingException : Exception reading response ; cause : "
                + "SocketTimeoutException : Read timed out");
        assertThat(ProblemeEnvoi.de(erreur)).isEqualTo(ProblemeEnvoi.SERVEUR_INJOIGNABLE);
    }
}
