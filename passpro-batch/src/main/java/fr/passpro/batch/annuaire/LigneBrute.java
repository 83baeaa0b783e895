package fr.passpro.batch.annuaire;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * One non-blank line of the directory file, as text.
 *
 * @param ligne    its 1-based number in the file (the header is line 1), as the admin sees it in a spreadsheet
 * @param valeurs  the cleaned values of the columns Passpro reads; a column absent from the file has no entry
 * @param complete false when the line has fewer values than the header (a cut or broken line)
 */
public record LigneBrute(int ligne, Map<AnnuaireColonne, String> valeurs, boolean complete) implements Serializable {

    public LigneBrute {
        valeurs = valeurs.isEmpty() ? new EnumMap<>(AnnuaireColonne.class) : new EnumMap<>(valeurs);
    }

    /** The value of a column, "" when absent or empty. */
    public String valeur(AnnuaireColonne colonne) {
        return valeurs.getOrDefault(colonne, "");
    }

    public boolean contient(AnnuaireColonne colonne) {
        return valeurs.containsKey(colonne);
    }
}
