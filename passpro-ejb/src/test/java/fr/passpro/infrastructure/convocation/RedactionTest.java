package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void datesAreWrittenInFrenchWordsWithTheFirstOfTheMonth() {
        assertThat(Redaction.jour(LocalDate.of(2027, 3, 17))).isEqualTo("mercredi 17 mars 2027");
        assertThat(Redaction.jour(LocalDate.of(2027, 3, 1))).isEqualTo("lundi 1er mars 2027");
        assertThat(Redaction.jour(LocalDate.of(2027, 8, 2))).isEqualTo("lundi 2 août 2027");
    }

    @Test
    void timesAreWrittenTheFrenchWay() {
        assertThat(Redaction.heure(LocalTime.of(13, 30))).isEqualTo("13 h 30");
        assertThat(Redaction.heure(LocalTime.of(9, 5))).isEqualTo("9 h 05");
        assertThat(Redaction.heure(LocalTime.of(14, 0))).isEqualTo("14 h");
        assertThat(Redaction.horaire(LocalDateTime.of(2027, 3, 17, 13, 30), LocalDateTime.of(2027, 3, 17, 13, 50)))
                .isEqualTo("de 13 h 30 à 13 h 50");
    }

    @Test
    void aRoomNumberBecomesASalleAndANamedRoomStaysAsItIs() {
        assertThat(Redaction.salle("104")).isEqualTo("salle 104");
        assertThat(Redaction.salle("Salle polyvalente")).isEqualTo("Salle polyvalente");
        assertThat(Redaction.salle("B12")).isEqualTo("salle B12");
        assertThat(Redaction.salle("Atelier 3")).isEqualTo("Atelier 3");
        assertThat(Redaction.salle("CDI")).isEqualTo("CDI");
    }
}
