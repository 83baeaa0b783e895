package fr.passpro.domain.inscription;

import fr.passpro.domain.campagne.Campagne;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Checks and formats shared by the entities of this package; messages are French. */
final class Textes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH:mm");

    private Textes() {
    }

    /** A text cut to max characters, for the history (which must never refuse a change). */
    static String tronque(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** The Paris calendar date of an instant, dd/MM/yyyy. */
    static String date(Instant instant) {
        return DATE.format(instant.atZone(Campagne.ZONE));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * The end of a period given as its first closed instant, in Paris time: « 30/04/2027 inclus » when it ends at
     * midnight, « 05/05/2027 à 18:00 » otherwise.
     */
    static String fin(Instant finExclusive) {
        ZonedDateTime paris = finExclusive.atZone(Campagne.ZONE);
        if (paris.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return DATE.format(paris.toLocalDate().minusDays(1)) + " inclus";
        }
        return DATE.format(paris) + " à " + HEURE.format(paris);
    }
}
