package fr.passpro.domain.planning;

import fr.passpro.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lycée fills in to create many séances at once: on these days of the week, from {@code du} to {@code au}
 * (both included), slots of {@code duree} from {@code debut}, {@code pause} apart, each ending by {@code fin}.
 * Times are Europe/Paris wall-clock times. A rule that cannot give a sensible series is refused when made, with an
 * {@link InvalidValueException} saying in French every field to fix.
 */
public record RegleSerie(Set<DayOfWeek> jours, LocalDate du, LocalDate au, LocalTime debut, LocalTime fin,
        Duration duree, Duration pause) {

    public RegleSerie {
        List<String> problemes = new ArrayList<>();
        if (jours == null || jours.isEmpty()) {
            problemes.add("Choisissez au moins un jour de la semaine.");
        }
        if (du == null) {
            problemes.add("Indiquez la date du premier jour de la série.");
        }
        if (au == null) {
            problemes.add("Indiquez la date du dernier jour de la série.");
        }
        if (du != null && au != null && au.isBefore(du)) {
            problemes.add("La date de fin (" + Durees.date(au) + ") précède la date de début (" + Durees.date(du)
                    + ") : corrigez l'une des deux.");
        }
        if (debut == null) {
            problemes.add("Indiquez l'heure de début de la première séance.");
        }
        if (fin == null) {
            problemes.add("Indiquez l'heure de fin de la plage horaire.");
        }
        boolean plageValide = debut != null && fin != null && fin.isAfter(debut);
        if (debut != null && fin != null && !plageValide) {
            problemes.add("L'heure de fin (" + Durees.heure(fin) + ") doit être après l'heure de début ("
                    + Durees.heure(debut) + ").");
        }
        if (duree == null) {
            problemes.add("Indiquez la durée d'une séance.");
        } else if (duree.isNegative() || duree.isZero()) {
            problemes.add("La durée d'une séance doit être d'au moins une minute.");
        } else if (plageValide && duree.compareTo(Duration.between(debut, fin)) > 0) {
            problemes.add("La durée d'une séance (" + Durees.texte(duree) + ") dépasse la plage horaire de "
                    + Durees.heure(debut) + " à " + Durees.heure(fin) + " (" + Durees.texte(Duration.between(debut, fin))
                    + ") : allongez la plage ou raccourcissez la durée.");
        }
        if (pause == null) {
            problemes.add("Indiquez la pause entre deux séances (0 minute s'il n'y en a pas).");
        } else if (pause.isNegative()) {
            problemes.add("La pause entre deux séances ne peut pas être négative.");
        }
        if (!problemes.isEmpty()) {
            throw new InvalidValueException(String.join(" ", problemes));
        }
        jours = Set.copyOf(jours);
    }
}
