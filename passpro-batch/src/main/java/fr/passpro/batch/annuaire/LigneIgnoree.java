package fr.passpro.batch.annuaire;

import java.io.Serializable;

/** A line of the directory that is not for Passpro: counted, neither imported nor rejected. */
public record LigneIgnoree(int ligne, Raison raison) implements Serializable {

    public enum Raison {
        /** An établissement of another académie. */
        HORS_ACADEMIE,
        /** A school Passpro does not deal with (école, EREA, lycée without a vocational path, service…). */
        NON_GEREE
    }
}
