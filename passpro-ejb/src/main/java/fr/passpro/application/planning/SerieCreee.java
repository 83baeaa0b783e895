package fr.passpro.application.planning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The séances a series created, and the slots it left out.
 *
 * @param joursFeriesEcartes public holidays the rule fell on
 * @param sallesOccupees     « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 » for each slot whose room was taken
 */
public record SerieCreee(int creees, List<LocalDate> joursFeriesEcartes, List<String> sallesOccupees)
        implements Serializable {

    public SerieCreee {
        joursFeriesEcartes = List.copyOf(joursFeriesEcartes);
        sallesOccupees = List.copyOf(sallesOccupees);
    }
}
