package fr.passpro.domain.shared;

/**
 * The page of a list that a person asks for, made safe (issue 14): a page beyond the last, a negative position or a
 * page size out of bounds give the first page of a sensible size, never an error or an empty page; the database counts
 * and pages the rows, never the server's memory.
 */
public final class Pagination {

    /** The rows of a page when the table asks for none or too many. */
    public static final int TAILLE_DEFAUT = 25;

    /** No page holds more rows than this, whatever the request says. */
    public static final int TAILLE_MAX = 100;

    private Pagination() {
    }

    /** The position of the first row to read: {@code first} if it lies within the rows, else 0 (the first page). */
    public static int premier(int first, int taille, long total) {
        if (first < 0 || first >= total) {
            return 0;
        }
        return first - first % taille(taille);
    }

    /** The page size to read: {@code taille} within 1 and {@link #TAILLE_MAX}, {@link #TAILLE_DEFAUT} otherwise. */
    public static int taille(int taille) {
        return taille < 1 || taille > TAILLE_MAX ? TAILLE_DEFAUT : taille;
    }
}
