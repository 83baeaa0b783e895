package fr.passpro.domain.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The slots of a {@link RegleSerie}, in chronological order, and the chosen days left out because they are public
 * holidays (so that the page can say so).
 */
public record Serie(List<Creneau> creneaux, List<LocalDate> joursFeriesEcartes) {

    public Serie {
        creneaux = List.copyOf(Objects.requireNonNull(creneaux, "creneaux"));
        joursFeriesEcartes = List.copyOf(Objects.requireNonNull(joursFeriesEcartes, "joursFeriesEcartes"));
    }
}
