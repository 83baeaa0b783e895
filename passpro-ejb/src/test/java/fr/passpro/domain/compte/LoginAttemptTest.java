package fr.passpro.domain.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");

    private final LoginAttempt attempt = new LoginAttempt("mdupont");

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            attempt.recordFailure(at);
        }
    }

    @Test
    void fourFailuresDoNotLock() {
        fail(4, T0);

        assertThat(attempt.getFailures()).isEqualTo(4);
        assertThat(attempt.isLocked(T0)).isFalse();
        assertThat(attempt.getLockedUntil()).isEmpty();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        fail(5, T0);

        assertThat(attempt.isLocked(T0)).isTrue();
        assertThat(attempt.getLockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(attempt.isLocked(T0.plus(Duration.ofMinutes(14).plusSeconds(59)))).isTrue();
        assertThat(attempt.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureDuringTheLockDoesNotExtendIt() {
        fail(5, T0);
        attempt.recordFailure(T0.plus(Duration.ofMinutes(10)));

        assertThat(attempt.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void theCounterRestartsAfterTheLockExpired() {
        fail(5, T0);
        Instant after = T0.plus(Duration.ofMinutes(16));

        attempt.recordFailure(after);

        assertThat(attempt.getFailures()).isEqualTo(1);
        assertThat(attempt.isLocked(after)).isFalse();
        fail(3, after);
        assertThat(attempt.isLocked(after)).isFalse();
        attempt.recordFailure(after);
        assertThat(attempt.isLocked(after)).isTrue();
    }

    @Test
    void resetClearsFailuresAndLock() {
        fail(5, T0);

        attempt.reset();

        assertThat(attempt.getFailures()).isZero();
        assertThat(attempt.isLocked(T0)).isFalse();
        assertThat(attempt.getLockedUntil()).isEmpty();
        fail(4, T0);
        assertThat(attempt.isLocked(T0)).isFalse();
    }
}
