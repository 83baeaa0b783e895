package fr.passpro.domain.planning;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link Planificateur#planifier}: every candidate is in exactly one of the two lists. */
public record Plan(List<Affectation> affectations, List<NonPlace> nonPlaces) {

    public Plan {
        affectations = List.copyOf(Objects.requireNonNull(affectations, "affectations"));
        nonPlaces = List.copyOf(Objects.requireNonNull(nonPlaces, "nonPlaces"));
    }
}
