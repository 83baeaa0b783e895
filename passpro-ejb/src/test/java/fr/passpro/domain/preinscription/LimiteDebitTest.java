package fr.passpro.domain.preinscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LimiteDebitTest {

    private static final Instant T0 = Instant.parse("2027-03-15T09:00:00Z");

    @Test
    void fiveSubmissionsPerHourAreAcceptedTheSixthIsRefusedUntilTheWindowEnds() {
        LimiteDebit limite = new LimiteDebit(LimiteDebit.cle("preinscription", "203.0.113.7"), T0);

        for (int i = 0; i < LimiteDebit.MAX_PAR_FENETRE; i++) {
            assertThat(limite.compter(T0.plusSeconds(60L * i))).as("soumission %d", i + 1).isTrue();
        }
        assertThat(limite.compter(T0.plusSeconds(600))).as("6e soumission").isFalse();
        assertThat(limite.reessayerApres()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(limite.compter(T0.plus(Duration.ofHours(1)).minusMillis(1))).as("juste avant la fin").isFalse();
    }

    @Test
    void aNewWindowStartsAtTheFirstSubmissionAfterTheEndOfThePrevious() {
        LimiteDebit limite = new LimiteDebit(LimiteDebit.cle("preinscription", "203.0.113.7"), T0);
        for (int i = 0; i < 6; i++) {
            limite.compter(T0);
        }

        Instant plusTard = T0.plus(Duration.ofHours(1));
        assertThat(limite.compter(plusTard)).isTrue();
        assertThat(limite.getNombre()).isEqualTo(1);
        assertThat(limite.reessayerApres()).isEqualTo(plusTard.plus(Duration.ofHours(1)));
    }

    @Test
    void theKeyNamesTheFormAndTheAddressAndStaysWithinTheColumn() {
        assertThat(LimiteDebit.cle("preinscription", " 2001:db8::1 ")).isEqualTo("preinscription|2001:db8::1");
        assertThat(LimiteDebit.cle("preinscription", null)).isEqualTo("preinscription|inconnue");
        assertThat(new LimiteDebit("x".repeat(500), T0).getCle()).hasSize(LimiteDebit.CLE_MAX);
    }
}
