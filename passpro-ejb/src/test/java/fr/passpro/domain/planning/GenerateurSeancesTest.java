package fr.passpro.domain.planning;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerateurSeancesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static RegleSerie regle(Set<DayOfWeek> jours, LocalDate du, LocalDate au, String debut, String fin,
            int dureeMinutes, int pauseMinutes) {
        return new RegleSerie(jours, du, au, LocalTime.parse(debut), LocalTime.parse(fin),
                Duration.ofMinutes(dureeMinutes), Duration.ofMinutes(pauseMinutes));
    }

    private static Creneau creneau(String debut, String fin) {
        return new Creneau(LocalDateTime.parse(debut), LocalDateTime.parse(fin));
    }

    @Test
    void everyWednesdayAfternoonIn20MinuteSlots5MinutesApartEndingBy17h() {
        Serie serie = GenerateurSeances.generer(regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 20), "13:30", "17:00", 20, 5));

        assertThat(serie.creneaux()).startsWith(
                creneau("2027-03-03T13:30", "2027-03-03T13:50"),
                creneau("2027-03-03T13:55", "2027-03-03T14:15"),
                creneau("2027-03-03T14:20", "2027-03-03T14:40"));
        // 16:25-16:45 is the last one of a day: 16:50-17:10 would end after 17:00.
        assertThat(serie.creneaux().stream().filter(c -> c.debut().toLocalDate().equals(LocalDate.of(2027, 3, 3))))
                .hasSize(8).last().isEqualTo(creneau("2027-03-03T16:25", "2027-03-03T16:45"));
        // 12 Wednesdays from 3 March to 19 May, none of them a holiday.
        assertThat(serie.creneaux()).hasSize(12 * 8).last()
                .isEqualTo(creneau("2027-05-19T16:25", "2027-05-19T16:45"));
        assertThat(serie.creneaux()).allSatisfy(c -> {
            assertThat(c.debut().getDayOfWeek()).isEqualTo(WEDNESDAY);
            assertThat(c.fin().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(17, 0));
        });
        assertThat(serie.joursFeriesEcartes()).isEmpty();
    }

    @Test
    void aSlotEndingExactlyAtTheEndOfTheWindowIsKept() {
        Serie serie = GenerateurSeances.generer(regle(Set.of(TUESDAY), LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 2), "14:00", "15:00", 30, 0));

        assertThat(serie.creneaux()).containsExactly(
                creneau("2027-03-02T14:00", "2027-03-02T14:30"),
                creneau("2027-03-02T14:30", "2027-03-02T15:00"));
    }

    @Test
    void publicHolidaysAreLeftOutAndListed() {
        Serie serie = GenerateurSeances.generer(regle(Set.of(MONDAY, THURSDAY), LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 5, 20), "09:00", "10:00", 60, 0));

        assertThat(serie.joursFeriesEcartes()).containsExactly(
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));
        assertThat(serie.creneaux()).extracting(c -> c.debut().toLocalDate())
                .doesNotContain(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17))
                .contains(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 5, 13), LocalDate.of(2027, 5, 20));
        // 9 weeks of Mondays and Thursdays (18 days) less the three holidays
        assertThat(serie.creneaux()).hasSize(15);
    }

    @Test
    void wallClockHoursStayTheSameAcrossTheChangeToSummerTime() {
        // Sunday 28 March 2027: clocks go from 02:00 to 03:00 in Paris. Monday 29 is Easter Monday.
        Serie serie = GenerateurSeances.generer(regle(Set.of(SATURDAY, SUNDAY, MONDAY, TUESDAY),
                LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 30), "13:30", "14:00", 30, 0));

        assertThat(serie.creneaux()).containsExactly(
                creneau("2027-03-27T13:30", "2027-03-27T14:00"),
                creneau("2027-03-28T13:30", "2027-03-28T14:00"),
                creneau("2027-03-30T13:30", "2027-03-30T14:00"));
        // The two first ones are 23 hours apart in real time: the series did cross the change.
        assertThat(Duration.between(serie.creneaux().get(0).debut().atZone(PARIS).toInstant(),
                serie.creneaux().get(1).debut().atZone(PARIS).toInstant())).isEqualTo(Duration.ofHours(23));
        assertThat(serie.joursFeriesEcartes()).containsExactly(LocalDate.of(2027, 3, 29));
    }

    @Test
    void refusesARuleWithoutAnyDay() {
        assertThatThrownBy(() -> regle(Set.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), "13:30",
                "17:00", 20, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Choisissez au moins un jour de la semaine.");
    }

    @Test
    void refusesALastDayBeforeTheFirst() {
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28),
                "13:30", "17:00", 20, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("La date de fin (28/02/2027) précède la date de début (01/03/2027) : corrigez l'une des"
                        + " deux.");
    }

    @Test
    void refusesAnEndTimeThatIsNotAfterTheStart() {
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "17:00", "13:30", 20, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("L'heure de fin (13h30) doit être après l'heure de début (17h00).");
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "13:30", "13:30", 20, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("L'heure de fin (13h30) doit être après l'heure de début (13h30).");
    }

    @Test
    void refusesADurationThatIsNotPositiveOrLongerThanTheWindow() {
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "13:30", "17:00", 0, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("La durée d'une séance doit être d'au moins une minute.");
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "13:30", "17:00", -20, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("La durée d'une séance doit être d'au moins une minute.");
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "13:30", "17:00", 240, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("La durée d'une séance (4h00) dépasse la plage horaire de 13h30 à 17h00 (3h30) :"
                        + " allongez la plage ou raccourcissez la durée.");
    }

    @Test
    void aSlotAsLongAsTheWindowIsAccepted() {
        assertThat(GenerateurSeances.generer(regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 3), "13:30", "17:00", 210, 0)).creneaux())
                .containsExactly(creneau("2027-03-03T13:30", "2027-03-03T17:00"));
    }

    @Test
    void refusesANegativePause() {
        assertThatThrownBy(() -> regle(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                "13:30", "17:00", 20, -5)).isInstanceOf(InvalidValueException.class)
                .hasMessage("La pause entre deux séances ne peut pas être négative.");
    }

    @Test
    void namesEveryFieldToFixAtOnce() {
        assertThatThrownBy(() -> new RegleSerie(null, null, LocalDate.of(2027, 3, 1), LocalTime.of(13, 30), null,
                null, Duration.ofMinutes(-1))).isInstanceOf(InvalidValueException.class)
                .hasMessage("Choisissez au moins un jour de la semaine. Indiquez la date du premier jour de la série."
                        + " Indiquez l'heure de fin de la plage horaire. Indiquez la durée d'une séance."
                        + " La pause entre deux séances ne peut pas être négative.");
    }

    @Test
    void refusesMoreThan2000SlotsButAccepts2000() {
        // 00:00 to 16:40 in 1-minute slots: 1,000 a day; Tuesday 2 and Wednesday 3 March 2027 are working days.
        RegleSerie deuxJours = regle(Set.of(TUESDAY, WEDNESDAY), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3),
                "00:00", "16:40", 1, 0);
        assertThat(GenerateurSeances.generer(deuxJours).creneaux()).hasSize(2_000);

        RegleSerie troisJours = regle(Set.of(TUESDAY, WEDNESDAY, THURSDAY), LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 4), "00:00", "16:40", 1, 0);
        assertThatThrownBy(() -> GenerateurSeances.generer(troisJours)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Cette série donnerait plus de 2\u00a0000 séances : réduisez la période, le nombre de jours"
                        + " choisis ou la plage horaire, ou créez-la en plusieurs fois.");
    }

    @Test
    void aRuleSpanningCenturiesIsRefusedQuickly() {
        RegleSerie siecles = regle(Set.of(MONDAY), LocalDate.of(2027, 1, 1), LocalDate.of(9999, 12, 31), "14:00",
                "15:00", 60, 0);
        assertThatThrownBy(() -> GenerateurSeances.generer(siecles)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void slotsAreInChronologicalOrder() {
        List<Creneau> creneaux = GenerateurSeances.generer(regle(Set.of(THURSDAY, MONDAY), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31), "08:00", "12:00", 45, 10)).creneaux();
        for (int i = 1; i < creneaux.size(); i++) {
            assertThat(creneaux.get(i).debut()).isAfterOrEqualTo(creneaux.get(i - 1).fin());
        }
    }
}
