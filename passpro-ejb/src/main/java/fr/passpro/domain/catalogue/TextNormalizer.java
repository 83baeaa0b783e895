package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two ways an imported text is made comparable: {@link #clean(String)} keeps what the person wrote but in one
 * Unicode form and without stray spaces; {@link #matchKey(String)} forgets case, accents and punctuation so that
 * « Modalité d'entretien », « MODALITE D ENTRETIEN » and « modalite_d'entretien » are the same header.
 */
public final class TextNormalizer {

    /** No-break spaces (U+00A0, U+2007, U+202F) that Excel and word processors put before « : » or inside numbers. */
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    /** Zero-width characters and byte order marks, invisible in a cell but breaking every comparison. */
    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private TextNormalizer() {
    }

    /**
     * The text in composed Unicode (NFC), no-break spaces turned into spaces, surrounding spaces removed and inner
     * runs of whitespace (including line breaks inside a cell) collapsed to one space; null gives "".
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        text = INVISIBLES.matcher(text).replaceAll("");
        text = NO_BREAK_SPACES.matcher(text).replaceAll(" ");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A key for matching: accents removed, lower case, every run of non-alphanumeric characters turned into one
     * space, trimmed; null gives "".
     */
    public static String matchKey(String value) {
        String text = Normalizer.normalize(clean(value), Normalizer.Form.NFD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        text = text.toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The cleaned text of a required field; refused when blank or too long.
     *
     * @param quoi starts the French message, e.g. « Le libellé de la formation »
     * @throws InvalidValueException with that message
     */
    public static String obligatoire(String value, int max, String quoi) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            throw new InvalidValueException(quoi + " est obligatoire.");
        }
        return verifierLongueur(cleaned, max, quoi);
    }

    /** The cleaned text of an optional field, null when blank; refused when too long. */
    public static String facultatif(String value, int max, String quoi) {
        String cleaned = clean(value);
        return cleaned.isEmpty() ? null : verifierLongueur(cleaned, max, quoi);
    }

    private static String verifierLongueur(String cleaned, int max, String quoi) {
        if (cleaned.length() > max) {
            throw new InvalidValueException(quoi + " ne peut dépasser " + max + " caractères (saisis : "
                    + cleaned.length() + ").");
        }
        return cleaned;
    }
}
