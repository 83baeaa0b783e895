package fr.passpro.domain.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CampagneTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Academie creteil = new Academie(Academie.CRETEIL, "Créteil");
    private final Campagne campagne = Campagne.standard(creteil, 2026);

    private static Instant paris(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, PARIS).toInstant();
    }

    @Test
    void standardFollowsTheProcedureCalendar() {
        assertThat(campagne.getAcademie()).isEqualTo(creteil);
        assertThat(campagne.getAnneeScolaire()).isEqualTo("2026-2027");
        assertThat(campagne.getDateOuverture()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(campagne.getDateClotureInscriptions()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(campagne.getDateLimiteConvocations()).isEqualTo(LocalDate.of(2027, 5, 17));
        assertThat(campagne.getDateLimiteEntretiens()).isEqualTo(LocalDate.of(2027, 5, 21));
        assertThat(campagne.getDelaiCompteRenduJours()).isEqualTo(3);
        assertThat(campagne.getDateFermeture()).isEqualTo(LocalDate.of(2027, 5, 28));
    }

    @Test
    void registrationIsOpenDuringTheWholeCutOffDayInParis() {
        assertThat(campagne.isInscriptionOuverte(paris(2027, 4, 30, 23, 59, 59))).isTrue();
        assertThat(campagne.isInscriptionOuverte(paris(2027, 5, 1, 0, 0, 0))).isFalse();
        assertThat(campagne.finInscriptions()).isEqualTo(paris(2027, 5, 1, 0, 0, 0));
    }

    @Test
    void registrationOpensAtMidnightParisOnTheOpeningDay() {
        assertThat(campagne.isInscriptionOuverte(paris(2027, 2, 1, 0, 0, 0))).isTrue();
        assertThat(campagne.isInscriptionOuverte(paris(2027, 1, 31, 23, 59, 59))).isFalse();
        // 1 February is in winter time: midnight in Paris is 23:00 UTC the day before.
        assertThat(campagne.isInscriptionOuverte(Instant.parse("2027-01-31T23:00:00Z"))).isTrue();
        assertThat(campagne.isInscriptionOuverte(Instant.parse("2027-01-31T22:59:59Z"))).isFalse();
    }

    @Test
    void utcInstantsAreJudgedByTheParisDate() {
        // 30 April is in summer time (UTC+2): 22:30 UTC is already 00:30 on 1 May in Paris.
        assertThat(campagne.isInscriptionOuverte(Instant.parse("2027-04-30T22:30:00Z"))).isFalse();
        assertThat(campagne.isInscriptionOuverte(Instant.parse("2027-04-30T21:59:59Z"))).isTrue();
    }

    @Test
    void theDayOfTheChangeToSummerTimeHas23HoursAndTheCampagneStillAnswersByParisDates() {
        LocalDate changeDay = LocalDate.of(2027, 3, 28); // last Sunday of March 2027
        Duration length = Duration.between(changeDay.atStartOfDay(PARIS), changeDay.plusDays(1).atStartOfDay(PARIS));
        assertThat(length).isEqualTo(Duration.ofHours(23));

        Campagne courte = Campagne.standard(creteil, 2026);
        courte.changerCalendrier(LocalDate.of(2027, 3, 1), changeDay, LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 5, 21), 3, LocalDate.of(2027, 5, 28));

        // The cut-off day starts at 23:00 UTC (winter) and ends at 22:00 UTC (summer).
        assertThat(courte.finInscriptions()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
        assertThat(courte.isInscriptionOuverte(Instant.parse("2027-03-28T21:59:59Z"))).isTrue();
        assertThat(courte.isInscriptionOuverte(Instant.parse("2027-03-28T22:00:00Z"))).isFalse();
        assertThat(courte.isInscriptionOuverte(paris(2027, 3, 28, 23, 59, 59))).isTrue();
        assertThat(Duration.between(paris(2027, 3, 28, 0, 0, 0), courte.finInscriptions())).isEqualTo(Duration.ofHours(23));

        // Three days after an interview on Friday 26 March is Monday 29 March, whatever the clock change.
        assertThat(courte.dateLimiteCompteRendu(LocalDate.of(2027, 3, 26))).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(Campagne.dateA(Instant.parse("2027-03-28T22:30:00Z"))).isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void isClosedAfterTheWholeClosureDay() {
        assertThat(campagne.isFermee(paris(2027, 5, 28, 23, 59, 59))).isFalse();
        assertThat(campagne.isFermee(paris(2027, 5, 29, 0, 0, 0))).isTrue();
        assertThat(campagne.isFermee(paris(2027, 2, 1, 0, 0, 0))).isFalse();
    }

    @Test
    void refusesAnOutOfOrderCalendarAndNamesBothDates() {
        assertThatThrownBy(() -> campagne.changerCalendrier(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 30),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 21), 3, LocalDate.of(2027, 5, 28)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("La date de clôture des inscriptions (30/01/2027) ne peut pas précéder"
                        + " la date d'ouverture (01/02/2027).");

        assertThatThrownBy(() -> campagne.changerCalendrier(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 21), 3, LocalDate.of(2027, 5, 20)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("date de fermeture (20/05/2027)")
                .hasMessageContaining("date limite des entretiens (21/05/2027)");

        // The refused calendar left the campagne unchanged.
        assertThat(campagne.getDateClotureInscriptions()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(campagne.getDateFermeture()).isEqualTo(LocalDate.of(2027, 5, 28));
    }

    @Test
    void refusesACompteRenduDelayUnderOneDay() {
        assertThatThrownBy(() -> campagne.changerCalendrier(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 21), 0, LocalDate.of(2027, 5, 28)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("au moins 1 jour");
    }

    @Test
    void acceptsDatesOnTheSameDay() {
        LocalDate day = LocalDate.of(2027, 4, 30);
        campagne.changerCalendrier(day, day, day, day, 1, day);

        assertThat(campagne.getDateFermeture()).isEqualTo(day);
    }

    @Test
    void schoolYearRunsFromSeptemberToAugust() {
        assertThat(Campagne.anneeScolaireDe(LocalDate.of(2027, 3, 28))).isEqualTo("2026-2027");
        assertThat(Campagne.anneeScolaireDe(LocalDate.of(2027, 8, 31))).isEqualTo("2026-2027");
        assertThat(Campagne.anneeScolaireDe(LocalDate.of(2027, 9, 1))).isEqualTo("2027-2028");
    }

    @Test
    void refusesAMalformedSchoolYear() {
        assertThatThrownBy(() -> new Campagne(creteil, "2026-2028", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 21), 3, LocalDate.of(2027, 5, 28)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-2027");
    }
}
