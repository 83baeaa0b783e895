package fr.passpro.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Replaces Passpro's clock in the EJB module of a test deployment ({@link fr.passpro.it.Deployments#avecHorlogeDeTest}):
 * the services then see the instant a test sets, e.g. 23:59:59 on 30 April in Paris.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class HorlogeDeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static volatile Instant fixe;

    /** From now on, every service sees this instant; null gives the real time back. */
    public static void regler(Instant instant) {
        fixe = instant;
    }

    @Produces
    public Clock clock() {
        return horloge(PARIS);
    }

    /** The test's instant in this zone: {@code clock.withZone(…)} keeps the instant a test set. */
    private static Clock horloge(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId autre) {
                return horloge(autre);
            }

            @Override
            public Instant instant() {
                Instant instant = fixe;
                return instant != null ? instant : Instant.now();
            }
        };
    }
}
