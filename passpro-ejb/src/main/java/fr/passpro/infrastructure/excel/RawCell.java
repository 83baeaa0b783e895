package fr.passpro.infrastructure.excel;

import java.util.List;
import java.util.Objects;

/**
 * A cell as read from the file, before any business check.
 *
 * @param text     the value as text: cleaned ({@link fr.passpro.domain.catalogue.TextNormalizer#clean(String)}),
 *                 a number without ".0" nor exponent; never null, "" for an empty cell
 * @param numeric  whether the spreadsheet stored a number (so a code may have lost its leading zeros)
 * @param problems French messages for what makes the cell unusable as it is (formula, date, merged cell);
 *                 each one rejects the line
 */
public record RawCell(String text, boolean numeric, List<String> problems) {

    public static final String FORMULA = "Formule : remplacez-la par sa valeur (copier, puis collage spécial « valeurs »).";
    public static final String DATE = "Date : saisissez le texte attendu, pas une date (format de cellule « Texte »).";
    public static final String MERGED = "Cellule fusionnée : défusionnez les cellules et répétez la valeur sur chaque ligne.";
    public static final String ERROR = "Erreur de calcul dans la cellule (#N/A, #REF!…) : corrigez-la.";

    public static final RawCell EMPTY = new RawCell("", false, List.of());

    public RawCell {
        text = text == null ? "" : text;
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    public static RawCell text(String text) {
        return new RawCell(text, false, List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the cell holds nothing worth reporting: no text, and at most its place in a merged region. */
    boolean isBlank() {
        return text.isEmpty() && problems.stream().allMatch(MERGED::equals);
    }
}
