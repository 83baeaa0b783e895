package fr.passpro.application.inscription;

import fr.passpro.domain.campagne.Campagne;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The clock every deadline is checked against: the system clock in Europe/Paris. A rehearsal or test deployment may
 * start it elsewhere with the MicroProfile Config property {@code passpro.horloge.depart} (ISO date-time with offset,
 * e.g. {@code 2027-03-15T10:00:00+01:00}): the clock then starts at that instant when the application starts, and
 * runs. Never set in production (a warning is logged when it is). An in-container test may also replace this
 * producer with an {@code @Alternative}.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String DEPART = "passpro.horloge.depart";

    private static final Logger LOGGER = Logger.getLogger(ClockProducer.class.getName());

    private Clock clock;

    @PostConstruct
    void init() {
        Clock systeme = Clock.system(Campagne.ZONE);
        Optional<String> depart = ConfigProvider.getConfig(ClockProducer.class.getClassLoader())
                .getOptionalValue(DEPART, String.class).filter(s -> !s.isBlank());
        if (depart.isEmpty()) {
            clock = systeme;
            return;
        }
        try {
            Instant instant = OffsetDateTime.parse(depart.get().strip()).toInstant();
            clock = Clock.offset(systeme, Duration.between(Instant.now(), instant));
            LOGGER.log(Level.WARNING, "Horloge de répétition : Passpro démarre au {0} au lieu de l''heure réelle ({1})",
                    new Object[] { instant, DEPART });
        } catch (DateTimeParseException e) {
            LOGGER.log(Level.SEVERE, "{0} = « {1} » n''est pas une date-heure ISO avec décalage : horloge réelle utilisée",
                    new Object[] { DEPART, depart.get() });
            clock = systeme;
        }
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    /**
     * The times that Passpro does not write itself (the job repository of Jakarta Batch stamps executions with the
     * server's real time), shifted to the services' clock: the instant the clock showed when the real time was
     * {@code reel}. Without a rehearsal clock the offset is zero and {@code reel} is returned.
     */
    public static Instant selonHorloge(Clock clock, Instant reel) {
        if (reel == null) {
            return null;
        }
        return reel.plus(Duration.between(Instant.now(), clock.instant()));
    }
}
