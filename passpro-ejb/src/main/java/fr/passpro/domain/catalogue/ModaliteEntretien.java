package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How a formation's interviews are held: one pupil at a time, or a group. */
public enum ModaliteEntretien {

    INDIVIDUEL("Individuel", Set.of("individuel", "individuelle", "individuels", "individuelles", "indiv", "ind")),
    COLLECTIF("Collectif", Set.of("collectif", "collective", "collectifs", "collectives", "coll", "col"));

    public static final String VALEURS_ACCEPTEES = "« Individuel » (ou « indiv. ») et « Collectif » (ou « coll. »)";

    private static final Set<String> FILLERS = Set.of("entretien", "entretiens", "en", "groupe");

    private final String libelle;
    private final Set<String> spellings;

    ModaliteEntretien(String libelle, Set<String> spellings) {
        this.libelle = libelle;
        this.spellings = spellings;
    }

    public String libelle() {
        return libelle;
    }

    /**
     * The modalité of a value as written in a file, whatever its case, accents and punctuation:
     * « individuel », « Indiv. », « Entretien individuel », « collectif », « coll. »... Empty otherwise.
     */
    public static Optional<ModaliteEntretien> parse(String value) {
        List<String> words = Arrays.stream(TextNormalizer.matchKey(value).split(" "))
                .filter(w -> !w.isEmpty() && !FILLERS.contains(w))
                .collect(Collectors.toList());
        if (words.size() != 1) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(m -> m.spellings.contains(words.get(0))).findFirst();
    }

    /**
     * @throws InvalidValueException listing the accepted values when {@link #parse(String)} finds nothing
     */
    public static ModaliteEntretien fromText(String value) {
        return parse(value).orElseThrow(() -> new InvalidValueException("La modalité d'entretien « "
                + TextNormalizer.clean(value) + " » n'est pas reconnue : valeurs acceptées " + VALEURS_ACCEPTEES + "."));
    }
}
