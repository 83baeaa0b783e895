package fr.passpro.domain.catalogue.importation;

import java.util.Objects;

/**
 * One problem found on one line of a catalogue file, as shown in the rejection report.
 *
 * @param ligne   the spreadsheet's 1-based row number (the header is line 1)
 * @param colonne the French name of the column, e.g. « UAI établissement »; may be null for the whole line
 * @param valeur  the value as read; may be empty
 * @param motif   what is wrong and what to do, in French
 */
public record Rejet(int ligne, String colonne, String valeur, String motif, Gravite gravite) {

    public Rejet {
        Objects.requireNonNull(motif, "Le motif du rejet est obligatoire.");
        Objects.requireNonNull(gravite, "La gravité du rejet est obligatoire.");
        valeur = valeur == null ? "" : valeur;
    }

    public static Rejet erreur(int ligne, String colonne, String valeur, String motif) {
        return new Rejet(ligne, colonne, valeur, motif, Gravite.ERREUR);
    }

    public static Rejet alerte(int ligne, String colonne, String valeur, String motif) {
        return new Rejet(ligne, colonne, valeur, motif, Gravite.ALERTE);
    }

    public boolean isErreur() {
        return gravite == Gravite.ERREUR;
    }
}
