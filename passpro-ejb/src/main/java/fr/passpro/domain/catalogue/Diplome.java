package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The first year a Passpro formation leads into: 1re année de CAP or 2de professionnelle (first year of a bac pro). */
public enum Diplome {

    CAP("1re année de CAP", CodeFormation.PREFIXE_CAP),
    SECONDE_PRO("2de professionnelle", CodeFormation.PREFIXE_BAC_PRO);

    /** The accepted values, as said to the person whose file has another one. */
    public static final String VALEURS_ACCEPTEES =
            "« 1re année de CAP » (ou « CAP ») et « 2de professionnelle » (ou « 2de pro », « Bac pro »)";

    private static final Set<String> FILLERS = Set.of("de", "d", "en", "annee", "an", "du");
    private static final Set<String> FIRST = Set.of("1", "1re", "1ere", "1er", "1e", "premiere");
    private static final Set<String> SECOND = Set.of("2", "2de", "2nde", "2nd", "2e", "2eme", "seconde", "deuxieme");
    private static final Set<String> PRO = Set.of("pro", "prof", "professionnel", "professionnelle", "professionnelles");

    private final String libelle;
    private final String prefixeCfd;

    Diplome(String libelle, String prefixeCfd) {
        this.libelle = libelle;
        this.prefixeCfd = prefixeCfd;
    }

    public String libelle() {
        return libelle;
    }

    /** The first three characters of the CFD of every formation of this diplôme. */
    public String prefixeCfd() {
        return prefixeCfd;
    }

    /**
     * Checks that a CFD belongs to this diplôme.
     *
     * @throws InvalidValueException naming the code and the diplôme when they do not match
     */
    public void verifierCode(CodeFormation code) {
        if (!code.code().startsWith(prefixeCfd)) {
            throw new InvalidValueException("Le code formation " + code + " ne correspond pas au diplôme « " + libelle
                    + " » : le code d'une formation de " + (this == CAP ? "CAP" : "2de professionnelle")
                    + " commence par " + prefixeCfd + ".");
        }
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
     * The diplôme of a value as written in a file, whatever its case, accents and punctuation:
     * « CAP », « 1re année de CAP », « 1ère année CAP », « 2de pro », « 2nde professionnelle »,
     * « Seconde professionnelle », « Bac pro », « 2de professionnelle »... Empty when the value is none of these.
     */
    public static Optional<Diplome> parse(String value) {
        String key = TextNormalizer.matchKey(value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.replace(" ", "").equals("cap")) {
            return Optional.of(CAP);
        }
        for (Diplome diplome : values()) {
            if (TextNormalizer.matchKey(diplome.libelle).equals(key)) {
                return Optional.of(diplome);
            }
        }
        List<String> words = Arrays.stream(key.split(" ")).filter(w -> !FILLERS.contains(w)).collect(Collectors.toList());
        boolean bac = words.remove("bac");
        if (words.contains("cap") && !bac && words.stream().allMatch(w -> w.equals("cap") || FIRST.contains(w))) {
            return Optional.of(CAP);
        }
        boolean pro = words.stream().anyMatch(PRO::contains);
        boolean second = words.stream().anyMatch(SECOND::contains);
        if (pro && (second || bac) && words.stream().allMatch(w -> PRO.contains(w) || SECOND.contains(w))) {
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
