package fr.passpro.application.traitement;

/** The kinds of value a job parameter takes. */
public enum TypeParametre {
    /** A whole number, within the parameter's bounds. */
    ENTIER,
    /** A calendar date, {@code aaaa-mm-jj}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEEN,
    /** Free text of at most {@link #TEXTE_MAX} characters. */
    TEXTE;

    public static final int TEXTE_MAX = 200;
}
