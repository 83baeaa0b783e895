package fr.passpro.domain.planning;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a séance's time reads in French: « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 ». */
public final class Horaires {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

    private Horaires() {
    }

    public static String jour(LocalDateTime debut) {
        return JOUR.format(debut);
    }

    public static String heure(LocalDateTime instant) {
        return HEURE.format(instant);
    }

    /** « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 ». */
    public static String texte(LocalDateTime debut, LocalDateTime fin) {
        return jour(debut) + " de " + heure(debut) + " à " + heure(fin);
    }
}
