package fr.passpro.domain.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How this package writes times and durations in its French messages (14h05, 20 min, 1h30). */
final class Durees {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Durees() {
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String heure(LocalTime time) {
        return time.format(HEURE);
    }

    /** « le 10/03/2027 de 14h00 à 14h20 » (or « du … au … » when it spans two days). */
    static String plage(LocalDateTime debut, LocalDateTime fin) {
        if (debut.toLocalDate().equals(fin.toLocalDate())) {
            return "le " + debut.format(DATE) + " de " + debut.format(HEURE) + " à " + fin.format(HEURE);
        }
        return "du " + debut.format(DATE) + " " + debut.format(HEURE) + " au " + fin.format(DATE) + " "
                + fin.format(HEURE);
    }

    static String texte(Duration duree) {
        long minutes = duree.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format("%dh%02d", minutes / 60, minutes % 60);
    }
}
