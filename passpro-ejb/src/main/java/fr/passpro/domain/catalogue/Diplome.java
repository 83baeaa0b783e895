package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The first year a Passpro formation leads into: 1re année de CAP or 2de professionnelle (first year of a bac pro). */
public enum Diplome {

    CAP("1re année de CAP", CodeFormation.PREFIXE_CAP),
    SECONDE_PRO("2de professionnelle", CodeFormation.PREFIXE_BAC_PRO);

    /** The accepted values, as said to the person whose file has another one. */
    public static final String VALEURS_ACCEPTEES = "« 1re année de CAP » (ou « CAP », « 1re année CAP », « 1CAP1 », "
            + "« 1CAP2 », « 1CAP3 », « CAP en 2 ans ») et « 2de professionnelle » (ou « 2de pro », « 2nde pro », "
            + "« 2NDPRO », « 2NDE PRO », « Seconde professionnelle », « Bac pro »), sans tenir compte des "
            + "majuscules, des accents ni des espaces";

    /** Words that carry no meaning in a diplôme's spelling: « 1re année de CAP » is « 1re CAP ». */
    private static final Set<String> FILLERS = Set.of("de", "d", "en", "annee", "du", "l", "la");
    /**
     * A 1re année de CAP once case, accents, spaces and fillers are gone: « CAP », « 1re année de CAP », « 1CAP2 »
     * (national nomenclature: 1re année of a CAP in 2 years), « CAP en 2 ans »; never « 2CAP2 » or « CAP 2e année ».
     */
    private static final Pattern CAP_PATTERN = Pattern.compile(
            "(?:(?:1|1re|1ere|1er|1e|premiere)(?:annee)?(?:de|d)?)?cap(?:(?:en)?[123]ans?)?"
                    + "|(?:1|1re|1ere|1er|1e|premiere)cap[123]");
    /**
     * A 2de professionnelle, same normalisation: « 2de pro », « 2nde professionnelle », « Seconde professionnelle »,
     * « 2NDPRO », « 2NDE PRO », « Bac pro », « 2nde bac pro », « Bac pro 3 ans »; never « 1re pro » nor
     * « 2e année de bac pro » (which is the 1re professionnelle).
     */
    private static final Pattern SECONDE_PRO_PATTERN = Pattern.compile(
            "(?:(?:2|2de|2nde|2nd|seconde)(?:bac)?|bac)(?:pro|prof|professionnel|professionnelle)(?:(?:en)?3ans?)?");

    private final String libelle;
    private final String prefixeCfd;

    Diplome(String libelle, String prefixeCfd) {
        this.libelle = libelle;
        this.prefixeCfd = prefixeCfd;
    }

    public String libelle() {
        return libelle;
    }

    /** The first three characters usual for the CFD of a formation of this diplôme (500 for a CAP, 400 for a bac pro). */
    public String prefixeCfd() {
        return prefixeCfd;
    }

    /**
     * Whether a CFD looks unusual for this diplôme. Never a reason to refuse it: a 2de professionnelle organised by
     * famille de métiers has a code of its own, with another prefix.
     *
     * @return the warning to show on the line, naming the code and the usual prefix; empty when the prefix is usual
     */
    public Optional<String> alerteCode(CodeFormation code) {
        if (code.code().startsWith(prefixeCfd)) {
            return Optional.empty();
        }
        return Optional.of("Le code formation " + code + " ne commence pas par " + prefixeCfd + ", préfixe habituel d'une "
                + "formation de « " + libelle + " » : vérifiez le code et le diplôme (la ligne est importée).");
    }

    /**
     * Checks that a famille de métiers is given only for a 2de professionnelle.
     *
     * @param familleMetiers may be null or blank
     * @throws InvalidValueException for a famille de métiers on a CAP
     */
    public void verifierFamilleMetiers(String familleMetiers) {
        if (this != SECONDE_PRO && familleMetiers != null && !familleMetiers.isBlank()) {
            throw new InvalidValueException("La famille de métiers « " + familleMetiers.strip()
                    + " » ne concerne que la 2de professionnelle : une formation de " + libelle + " n'en a pas.");
        }
    }

    /**
     * The diplôme of a value as written in a file, whatever its case, accents, spaces and punctuation: the usual
     * French spellings and the national nomenclature's abbreviations (see {@link #VALEURS_ACCEPTEES}). Empty when the
     * value is none of these, e.g. « BTS », « CAP 2e année », « 1re pro ».
     */
    public static Optional<Diplome> parse(String value) {
        String key = TextNormalizer.matchKey(value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String compact = Arrays.stream(key.split(" ")).filter(w -> !FILLERS.contains(w)).collect(Collectors.joining());
        if (CAP_PATTERN.matcher(compact).matches()) {
            return Optional.of(CAP);
        }
        if (SECONDE_PRO_PATTERN.matcher(compact).matches()) {
            return Optional.of(SECONDE_PRO);
        }
        return Optional.empty();
    }

    /**
     * @throws InvalidValueException listing the accepted values when {@link #parse(String)} finds nothing
     */
    public static Diplome fromText(String value) {
        return parse(value).orElseThrow(() -> new InvalidValueException("Le diplôme « " + TextNormalizer.clean(value)
                + " » n'est pas reconnu : valeurs acceptées " + VALEURS_ACCEPTEES + "."));
    }
}
