package fr.passpro.domain.tableau;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.domain.tableau.EcheancesRelance.Situation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 18: « en retard » only past the deadline of what is left; before it, « à surveiller » with what remains. */
class EcheancesRelanceTest {

    private static final LocalDate CLOTURE = LocalDate.of(2027, 4, 30);
    private static final LocalDate LIMITE_CONVOCATIONS = LocalDate.of(2027, 5, 17);

    private static final Retardataire LYCEE_A_CONVOQUER = new Retardataire(1, "Lycée Jean Lurçat", "0940132H", "094",
            true, 12, 0, 0);
    private static final Retardataire COLLEGE_SANS_AVIS = new Retardataire(2, "Collège Jean Jaurès", "0940001A", "094",
            false, 0, 0, 3);
    private static final Retardataire LYCEE_COMPTE_RENDU = new Retardataire(3, "Lycée Gustave Eiffel", "0940002B",
            "094", true, 4, 1, 0);

    private static EcheancesRelance le(int mois, int jour) {
        return new EcheancesRelance(LocalDate.of(2027, mois, jour), CLOTURE, LIMITE_CONVOCATIONS);
    }

    @Test
    void onTenthMarchNobodyIsLateForDeadlinesOfAprilAndMayButToWatchWithTheDaysLeft() {
        EcheancesRelance dixMars = le(3, 10);

        assertThat(dixMars.situation(LYCEE_A_CONVOQUER)).isEqualTo(Situation.A_SURVEILLER);
        assertThat(dixMars.echeance(LYCEE_A_CONVOQUER)).contains(LIMITE_CONVOCATIONS);
        assertThat(dixMars.joursRestants(LYCEE_A_CONVOQUER)).contains(68L);
        assertThat(dixMars.situation(COLLEGE_SANS_AVIS)).isEqualTo(Situation.A_SURVEILLER);
        assertThat(dixMars.echeance(COLLEGE_SANS_AVIS)).contains(CLOTURE);
        assertThat(dixMars.joursRestants(COLLEGE_SANS_AVIS)).contains(51L);
    }

    @Test
    void theDeadlineDayItselfIsNotLate() {
        assertThat(le(4, 30).situation(COLLEGE_SANS_AVIS)).isEqualTo(Situation.A_SURVEILLER);
        assertThat(le(4, 30).joursRestants(COLLEGE_SANS_AVIS)).contains(0L);
        assertThat(le(5, 17).situation(LYCEE_A_CONVOQUER)).isEqualTo(Situation.A_SURVEILLER);
    }

    @Test
    void eachKindIsLateTheDayAfterItsOwnDeadline() {
        assertThat(le(5, 1).situation(COLLEGE_SANS_AVIS)).isEqualTo(Situation.EN_RETARD);
        assertThat(le(5, 1).echeance(COLLEGE_SANS_AVIS)).isEmpty();
        assertThat(le(5, 1).situation(LYCEE_A_CONVOQUER)).as("convocations jusqu'au 17 mai")
                .isEqualTo(Situation.A_SURVEILLER);
        assertThat(le(5, 18).situation(LYCEE_A_CONVOQUER)).isEqualTo(Situation.EN_RETARD);
    }

    @Test
    void anOverdueCompteRenduIsLateWhateverTheCampagneDeadlines() {
        assertThat(le(3, 10).situation(LYCEE_COMPTE_RENDU)).isEqualTo(Situation.EN_RETARD);
        assertThat(le(3, 10).joursRestants(LYCEE_COMPTE_RENDU)).isEmpty();
    }
}
