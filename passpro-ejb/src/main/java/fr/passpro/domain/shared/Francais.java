package fr.passpro.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small rules of written French that texts built from names need (issue 18, item 9): the elision of « de » before a
 * vowel or a mute h (« d’Alice », « d’Orléans-Tours », but « de Martin », « de Hugues »), and the non-breaking spaces
 * inside French guillemets so that a « never ends a line alone.
 */
public final class Francais {

    /** The apostrophe of the elision (typographic, as in the bundles; a MessageFormat pattern may contain it as is). */
    public static final String APOSTROPHE = "’";

    /** Non-breaking space (U+00A0): the PDFs' fallback font (Helvetica, CP1252) has no narrow one (U+202F). */
    public static final char ESPACE_INSECABLE = '\u00A0';

    /** First names and words with an aspirated h, before which « de » stays whole. */
    private static final Set<String> H_ASPIRE = Set.of("hugues", "hubert", "henri", "henry", "hector", "hardy", "haut",
            "haute", "hauts", "hautes", "hall", "hameau", "handicap", "hollande", "hongrie", "honfleur", "hachette",
            "harcourt", "hasard", "havre", "hérisson", "héros", "hibou", "homard", "honte", "huit", "hurepoix");

    private static final Pattern DE_ARGUMENT = Pattern.compile("\\b([Dd])e \\{(\\d+)\\}");

    private Francais() {
    }

    /** « de » followed by this word or name, elided when it begins with a vowel or a mute h: « d’Alice ». */
    public static String de(String mot) {
        return elide(mot) ? "d" + APOSTROPHE + mot : "de " + mot;
    }

    /** Same, capitalised: « D’Alice », « De Martin ». */
    public static String De(String mot) {
        return elide(mot) ? "D" + APOSTROPHE + mot : "De " + mot;
    }

    /** Whether « de » is elided before this word: a vowel (accented or not), y before a consonant, or a mute h. */
    public static boolean elide(String mot) {
        if (mot == null || mot.isBlank()) {
            return false;
        }
        String m = Normalizer.normalize(mot.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        char premiere = m.charAt(0);
        if ("aeiou".indexOf(premiere) >= 0) {
            return true;
        }
        if (premiere == 'y') {
            // Yasmine, Yves: a y before a consonant is a vowel (d'Yves); before a vowel it is a consonant (de Yasmine)
            return m.length() > 1 && "aeiou".indexOf(m.charAt(1)) < 0;
        }
        if (premiere == 'h') {
            String premierMot = m.split("[^\\p{L}]", 2)[0];
            String original = Normalizer.normalize(mot.strip().split("[^\\p{L}]", 2)[0], Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            return !H_ASPIRE.contains(premierMot) && !H_ASPIRE.contains(original);
        }
        return false;
    }

    /**
     * A MessageFormat pattern with its « de {n} » elided where argument n is a text that asks for it:
     * {@code "Inscription de {0}"} with « Alice Martin » gives {@code "Inscription d’{0}"}.
     */
    public static String eliderDe(String pattern, Object... arguments) {
        if (pattern == null || arguments == null || arguments.length == 0 || !pattern.contains("e {")) {
            return pattern;
        }
        Matcher m = DE_ARGUMENT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            Object argument = n < arguments.length ? arguments[n] : null;
            String remplacement = argument instanceof CharSequence texte && elide(texte.toString())
                    ? m.group(1) + APOSTROPHE + "{" + n + "}" : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(remplacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The spaces inside French guillemets made non-breaking (U+00A0), and a missing one added:
     * « texte » never leaves a guillemet alone at the start or the end of a line.
     */
    public static String guillemets(String texte) {
        if (texte == null) {
            return null;
        }
        return texte.replaceAll("«[ \\u00A0\\u202F]*", "«" + ESPACE_INSECABLE)
                .replaceAll("[ \\u00A0\\u202F]*»", ESPACE_INSECABLE + "»");
    }
}
