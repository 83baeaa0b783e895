package fr.passpro.domain.planning.suivi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EcheanceTest {

    private static final LocalDate LIMITE = LocalDate.of(2027, 5, 17);

    @Test
    void moreThanAWeekAheadIsFar() {
        assertThat(Echeance.de(LIMITE, LIMITE.minusDays(8))).isEqualTo(Echeance.LOINTAINE);
    }

    @Test
    void aWeekOrLessAheadAndTheDeadlineDayItselfAreClose() {
        assertThat(Echeance.de(LIMITE, LIMITE.minusDays(7))).isEqualTo(Echeance.PROCHE);
        assertThat(Echeance.de(LIMITE, LIMITE)).isEqualTo(Echeance.PROCHE);
    }

    @Test
    void theDayAfterTheDeadlineIsPast() {
        assertThat(Echeance.de(LIMITE, LIMITE.plusDays(1))).isEqualTo(Echeance.DEPASSEE);
    }

    @Test
    void aLyceesCountsAddUp() {
        var bilan = new BilanLycee(1, "Lycée", "0940132H", "Créteil", 5, 2);
        assertThat(bilan.convoques()).isEqualTo(3);
        assertThat(bilan.isAJour()).isFalse();
        var academie = new SuiviAcademie(java.util.List.of(bilan, new BilanLycee(2, "Autre", "0930135F", "Tremblay", 4, 0)),
                LIMITE, Echeance.LOINTAINE);
        assertThat(academie.candidats()).isEqualTo(9);
        assertThat(academie.aConvoquer()).isEqualTo(2);
        assertThat(academie.lyceesEnRetard()).isEqualTo(1);
    }
}
