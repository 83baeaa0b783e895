package fr.passpro.domain.campagne;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JoursFeriesTest {

    @Test
    void theElevenHolidaysOf2027() {
        assertThat(JoursFeries.de(2027)).containsExactly(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 29), // lundi de Pâques
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 6), // Ascension
                LocalDate.of(2027, 5, 8),
                LocalDate.of(2027, 5, 17), // lundi de Pentecôte
                LocalDate.of(2027, 7, 14),
                LocalDate.of(2027, 8, 15),
                LocalDate.of(2027, 11, 1),
                LocalDate.of(2027, 11, 11),
                LocalDate.of(2027, 12, 25));
    }

    @Test
    void easterSundayOfKnownYearsIncludingTheEarliestAndLatestPossible() {
        assertThat(JoursFeries.paques(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(JoursFeries.paques(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(JoursFeries.paques(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(JoursFeries.paques(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(JoursFeries.paques(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(JoursFeries.paques(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(JoursFeries.paques(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void movingHolidaysFollowEasterAndOthersAreWorkingDays() {
        // 2025: Easter on 20 April.
        assertThat(JoursFeries.estFerie(LocalDate.of(2025, 4, 21))).isTrue();
        assertThat(JoursFeries.estFerie(LocalDate.of(2025, 5, 29))).isTrue();
        assertThat(JoursFeries.estFerie(LocalDate.of(2025, 6, 9))).isTrue();
        // Easter Sunday itself and Good Friday are not public holidays in metropolitan France; nor is 5 May.
        assertThat(JoursFeries.estFerie(LocalDate.of(2027, 3, 28))).isFalse();
        assertThat(JoursFeries.estFerie(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(JoursFeries.estFerie(LocalDate.of(2027, 5, 5))).isFalse();
    }
}
