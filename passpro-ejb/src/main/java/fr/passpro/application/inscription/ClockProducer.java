package fr.passpro.application.inscription;

import fr.passpro.domain.campagne.Campagne;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock every deadline is checked against: the system clock in Europe/Paris. A test or a rehearsal deployment
 * replaces it with an {@code @Alternative} producer of a fixed or offset clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return Clock.system(Campagne.ZONE);
    }
}
