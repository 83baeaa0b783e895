package fr.passpro.application.planning;

import java.io.Serializable;
import java.util.List;

/**
 * What the planner would do for one domaine if confirmed now, computed without changing nor mailing anything (issue
 * 18): how many candidates it would convoke, into which séances, and who it could not place.
 *
 * @param seances   per séance, in time order, how many candidates it would receive
 * @param nonPlaces « Nom Prénom (collège) : motif »
 */
public record ApercuPlanification(int aConvoquer, List<Ligne> seances, List<String> nonPlaces) implements Serializable {

    public ApercuPlanification {
        seances = List.copyOf(seances);
        nonPlaces = List.copyOf(nonPlaces);
    }

    /**
     * One séance of the preview.
     *
     * @param horaires « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 »
     * @param lieu     the room, or « Visioconférence »
     */
    public record Ligne(String horaires, String lieu, int candidats) implements Serializable {
    }
}
