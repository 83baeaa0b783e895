package fr.passpro.domain.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Retention of the pupils' data after closure, and when a campagne may be purged. */
class CampagnePurgeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Academie creteil = new Academie(Academie.CRETEIL, "Créteil");
    /** Closure 28 May 2027. */
    private final Campagne campagne = Campagne.standard(creteil, 2026);

    private static Instant paris(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, PARIS).toInstant();
    }

    @Test
    void dataIsKeptTwelveMonthsAfterClosureUnlessDecidedOtherwise() {
        assertThat(campagne.getDureeConservationMois()).isEqualTo(12);
        assertThat(campagne.isPurgee()).isFalse();
        assertThat(campagne.getPurgeeLe()).isEmpty();
    }

    @Test
    void theWholeLastDayOfRetentionIsStillKeptInParis() {
        // 28 May 2027 + 12 months: 28 May 2028 is the last day kept; purgeable from 29 May 2028 at 00:00, Paris time.
        assertThat(campagne.purgeableApres()).isEqualTo(paris(2028, 5, 29, 0, 0, 0));
        assertThat(campagne.isPurgeable(paris(2028, 5, 28, 23, 59, 59))).isFalse();
        assertThat(campagne.isPurgeable(paris(2028, 5, 29, 0, 0, 0))).isTrue();
        assertThat(campagne.isPurgeable(paris(2027, 5, 29, 0, 0, 0))).as("the day after closure").isFalse();
    }

    @Test
    void utcInstantsAreJudgedByTheParisDateInSummerTime() {
        // Late May is summer time (UTC+2): midnight in Paris is 22:00 UTC the day before.
        assertThat(campagne.isPurgeable(Instant.parse("2028-05-28T21:59:59Z"))).isFalse();
        assertThat(campagne.isPurgeable(Instant.parse("2028-05-28T22:00:00Z"))).isTrue();
    }

    @Test
    void theEndOfRetentionFollowsParisTimeAcrossTheChangeToSummerTime() {
        // Closed on 30 October 2027 (last day of summer time), kept 5 months: purgeable from 31 March 2028, which is
        // in summer time again (change on 26 March 2028): 00:00 Paris = 22:00 UTC, not 23:00 as in winter.
        Campagne automne = new Campagne(creteil, "2027-2028", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30),
                LocalDate.of(2027, 10, 10), LocalDate.of(2027, 10, 20), 3, LocalDate.of(2027, 10, 30));
        automne.changerDureeConservation(5);
        assertThat(automne.purgeableApres()).isEqualTo(Instant.parse("2028-03-30T22:00:00Z"));
        assertThat(automne.isPurgeable(Instant.parse("2028-03-30T21:59:59Z"))).isFalse();
        assertThat(automne.isPurgeable(Instant.parse("2028-03-30T22:00:00Z"))).isTrue();
    }

    @Test
    void aRetentionEndingOnTheDayOfTheChangeToSummerTimeStartsAtParisMidnight() {
        // Closed 25 January 2028, 2 months: last day kept 25 March, purgeable from Sunday 26 March 2028 00:00
        // (still winter time: the clocks go forward at 2:00 that night): 25 March 23:00 UTC.
        Campagne hiver = new Campagne(creteil, "2027-2028", LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 10),
                LocalDate.of(2028, 1, 15), LocalDate.of(2028, 1, 20), 3, LocalDate.of(2028, 1, 25));
        hiver.changerDureeConservation(2);
        assertThat(hiver.purgeableApres()).isEqualTo(Instant.parse("2028-03-25T23:00:00Z"));
        assertThat(hiver.isPurgeable(Instant.parse("2028-03-25T22:59:59Z"))).isFalse();
    }

    @Test
    void aMonthWithoutTheClosureDayEndsOnItsLastDay() {
        // Closed 31 January, kept 1 month: 28 February 2029 is the last day kept (no 31 February).
        Campagne janvier = new Campagne(creteil, "2028-2029", LocalDate.of(2029, 1, 2), LocalDate.of(2029, 1, 10),
                LocalDate.of(2029, 1, 15), LocalDate.of(2029, 1, 20), 3, LocalDate.of(2029, 1, 31));
        janvier.changerDureeConservation(1);
        assertThat(janvier.purgeableApres()).isEqualTo(paris(2029, 3, 1, 0, 0, 0));
    }

    @Test
    void aPurgedCampagneIsNoLongerPurgeableAndSaysWhen() {
        Instant purge = paris(2028, 6, 1, 3, 15, 0);
        campagne.marquerPurgee(purge);

        assertThat(campagne.isPurgee()).isTrue();
        assertThat(campagne.getPurgeeLe()).contains(purge);
        assertThat(campagne.isPurgeable(purge.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> campagne.marquerPurgee(purge.plusSeconds(60)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà purgée");
        assertThatThrownBy(() -> campagne.changerDureeConservation(24))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà purgée");
    }

    @Test
    void beforeTheEndOfRetentionMarkingPurgedIsRefusedWithTheDay() {
        assertThatThrownBy(() -> campagne.marquerPurgee(paris(2028, 5, 28, 12, 0, 0)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("La campagne 2026-2027 ne peut pas être purgée avant le 29/05/2028 : ses données sont "
                        + "conservées 12 mois après la fermeture du 28/05/2027.");
        assertThat(campagne.isPurgee()).isFalse();
    }

    @Test
    void theRetentionIsOneToSixtyMonths() {
        campagne.changerDureeConservation(60);
        assertThat(campagne.purgeableApres()).isEqualTo(paris(2032, 5, 29, 0, 0, 0));
        assertThatThrownBy(() -> campagne.changerDureeConservation(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("de 1 à 60 mois");
        assertThatThrownBy(() -> campagne.changerDureeConservation(61)).isInstanceOf(InvalidValueException.class);
        assertThat(campagne.getDureeConservationMois()).isEqualTo(60);
    }
}
