package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationLevel;
import biweekly.property.Attendee;
import biweekly.util.DateTimeComponents;
import net.fortuna.ical4j.util.Configurator;

/** Reads the invitations back with biweekly, an iCalendar library independent of ical4j that writes them. */
class InvitationCalendrierTest {

    @Test
    void anInvitationIsARequestForTheInscriptionUidAndSequence() {
        ICalendar ical = lire(InvitationCalendrier.requete(Exemples.eloise()));
        VEvent event = ical.getEvents().get(0);

        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(ical.getProductId().getValue()).isEqualTo("-//Académie//Passpro//FR");
        assertThat(ical.getEvents()).hasSize(1);
        assertThat(event.getUid().getValue()).isEqualTo("convocation-42@passpro.ac-creteil.fr");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-01T08:15:00Z"));
    }

    @Test
    void theEventStampIsTheIssueInstantInUtcOnlyOnce() {
        String ics = new String(InvitationCalendrier.requete(Exemples.eloise()), StandardCharsets.UTF_8);

        assertThat(ics.split("\r\nDTSTAMP", -1)).hasSize(2);
        assertThat(ics).contains("\r\nDTSTAMP:20270301T081500Z\r\n");
    }

    @Test
    void theEventSaysWhatWhereAndWhoInFrench() {
        VEvent event = lire(InvitationCalendrier.requete(Exemples.eloise())).getEvents().get(0);

        assertThat(event.getSummary().getValue()).isEqualTo("Entretien Passpro – Électricité, énergie – Éloïse Lefèvre");
        assertThat(event.getLocation().getValue())
                .isEqualTo("salle 104, Lycée professionnel Jean Lurçat, Saint-Maur-des-Fossés");
        assertThat(event.getUrl()).isNull();
        assertThat(event.getDescription().getValue())
                .contains("Entretien individuel")
                .contains("2de pro Métiers de l'électricité et de ses environnements connectés")
                .contains("CAP Électricien")
                .contains("la fiche d'aide à la préparation de l'entretien, remplie")
                .contains("ce.0940132h@ac-creteil.fr");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("ce.0940132h@ac-creteil.fr");
        assertThat(event.getAttendees()).extracting(Attendee::getEmail)
                .containsExactly("ce.0941234a@ac-creteil.fr", "anne-sophie.cote@ac-creteil.fr");
        assertThat(event.getAttendees()).extracting(Attendee::getParticipationLevel)
                .containsOnly(ParticipationLevel.REQUIRED);
    }

    @Test
    void aVideoInterviewIsLocatedAtItsLinkAndGivesItAsUrl() {
        VEvent event = lire(InvitationCalendrier.requete(Exemples.aDistance(Exemples.LUNDI_13_30))).getEvents().get(0);

        assertThat(event.getLocation().getValue()).isEqualTo("https://visio.education.fr/meeting/passpro-4?pwd=a&b=1");
        assertThat(event.getUrl().getValue()).isEqualTo("https://visio.education.fr/meeting/passpro-4?pwd=a&b=1");
        assertThat(event.getSummary().getValue()).isEqualTo("Entretien Passpro – Hôtellerie-restauration – Moussa N'Diaye");
        assertThat(event.getDescription().getValue()).contains("Entretien collectif");
    }

    @Test
    void theWallClockTimeIsKeptOnBothSidesOfTheChangeToSummerTime() {
        ICalendar samedi = lire(InvitationCalendrier.requete(Exemples.surPlace(Exemples.SAMEDI_13_30, "Lefèvre", "Éloïse")));
        ICalendar lundi = lire(InvitationCalendrier.requete(Exemples.surPlace(Exemples.LUNDI_13_30, "Lefèvre", "Éloïse")));

        for (ICalendar ical : List.of(samedi, lundi)) {
            VEvent event = ical.getEvents().get(0);
            TimezoneAssignment zone = ical.getTimezoneInfo().getTimezone(event.getDateStart());
            assertThat(zone).isNotNull();
            assertThat(zone.getComponent()).as("a VTIMEZONE component, not a bare TZID").isNotNull();
            assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Paris");
            DateTimeComponents debut = event.getDateStart().getValue().getRawComponents();
            assertThat(debut.getHour()).isEqualTo(13);
            assertThat(debut.getMinute()).isEqualTo(30);
            assertThat(debut.isUtc()).isFalse();
        }
        assertThat(samedi.getEvents().get(0).getDateStart().getValue().getRawComponents().getDate()).isEqualTo(27);
        assertThat(lundi.getEvents().get(0).getDateStart().getValue().getRawComponents().getDate()).isEqualTo(29);
        // the instants come from the VTIMEZONE rules: winter time (UTC+1) on Saturday, summer time (UTC+2) on Monday
        assertThat(samedi.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-27T12:30:00Z"));
        assertThat(lundi.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-29T11:30:00Z"));
        assertThat(lundi.getEvents().get(0).getDateEnd().getValue().toInstant())
                .isEqualTo(Instant.parse("2027-03-29T11:50:00Z"));
    }

    @Test
    void aCancellationKeepsTheUidWithTheRaisedSequence() {
        ConvocationDocument annulee = Exemples.aDistance(Exemples.LUNDI_13_30);
        ICalendar ical = lire(InvitationCalendrier.annulation(annulee));
        VEvent event = ical.getEvents().get(0);

        assertThat(ical.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getUid().getValue()).isEqualTo("convocation-43@passpro.ac-creteil.fr");
        assertThat(event.getSequence().getValue()).isEqualTo(2);
        assertThat(event.getDescription().getValue()).startsWith("Cet entretien est annulé.");
        assertThat(event.getAttendees()).hasSize(2);
    }

    @Test
    void theFileIsUtf8WithCrlfLinesFoldedAt75Octets() throws CharacterCodingException {
        byte[] ics = InvitationCalendrier.requete(Exemples.eloise());
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(ics)).toString();

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("\r\n ");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void theMethodIsReadBackFromTheFile() {
        assertThat(InvitationCalendrier.methode(InvitationCalendrier.requete(Exemples.eloise()))).contains("REQUEST");
        assertThat(InvitationCalendrier.methode(InvitationCalendrier.annulation(Exemples.eloise()))).contains("CANCEL");
        assertThat(InvitationCalendrier.methode("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void ical4jNeverFetchesATimeZoneOverTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void theOnlyZoneIsParisWithItsCurrentSummerAndWinterRules() {
        ICalendar ical = lire(InvitationCalendrier.requete(Exemples.eloise()));

        assertThat(ical.getTimezoneInfo().getComponents()).singleElement().satisfies(zone -> {
            assertThat(zone.getTimezoneId().getValue()).isEqualTo("Europe/Paris");
            assertThat(zone.getDaylightSavingsTime()).singleElement()
                    .satisfies(d -> assertThat(d.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(7_200_000L));
            assertThat(zone.getStandardTimes()).singleElement()
                    .satisfies(s -> assertThat(s.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(3_600_000L));
        });
    }

    private static ICalendar lire(byte[] ics) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar ical = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).warnings(warnings).first();
        assertThat(ical).isNotNull();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        return ical;
    }
}
