package fr.passpro.application.inscription;

import java.io.Serializable;
import java.util.List;

/**
 * A page of the collège's inscriptions read from the database, with how many rows the filter gives in all.
 *
 * @param premier the position of the page's first row (0 when the page asked for lay beyond the last)
 */
public record PageInscriptions(List<LigneInscription> lignes, long total, int premier) implements Serializable {

    public PageInscriptions {
        lignes = List.copyOf(lignes);
    }

    public static PageInscriptions vide() {
        return new PageInscriptions(List.of(), 0, 0);
    }
}
