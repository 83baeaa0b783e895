package fr.passpro.application.planning;

import java.io.Serializable;
import java.util.List;

/**
 * What the planner did for one domaine: how many candidates it convoked, and those it could not place with why.
 *
 * @param nonPlaces « Nom Prénom (collège) : motif »
 */
public record ResultatPlanification(int places, List<String> nonPlaces) implements Serializable {

    public ResultatPlanification {
        nonPlaces = List.copyOf(nonPlaces);
    }
}
