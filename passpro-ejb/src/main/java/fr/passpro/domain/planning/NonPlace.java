package fr.passpro.domain.planning;

import java.util.Objects;

/**
 * An inscription the {@link Planificateur} could not place.
 *
 * @param motif why, in French, for the lycée's staff
 *              (e.g. « Aucune séance libre n'est compatible avec ses autres entretiens. »)
 */
public record NonPlace(long inscriptionId, String motif) {

    public NonPlace {
        Objects.requireNonNull(motif, "motif");
    }
}
