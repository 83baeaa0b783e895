package fr.passpro.domain.catalogue.importation;

/** How serious a problem found on a line of the catalogue file is. */
public enum Gravite {

    /** The line is rejected: its formation is not imported. */
    ERREUR,
    /** The line is imported, but something was corrected or looks doubtful (e.g. a restored leading zero). */
    ALERTE;

    public static final int LENGTH = 10;
}
