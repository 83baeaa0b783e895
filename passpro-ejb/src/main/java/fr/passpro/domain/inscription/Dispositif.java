package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The class a pupil is in. The list is closed: only pupils of 3e level take part in Passpro, so a lycée pupil
 * (2de, 1re, CAP…) has no value here and cannot be registered.
 */
public enum Dispositif {

    TROISIEME("3e"),
    TROISIEME_SEGPA("3e SEGPA"),
    TROISIEME_PREPA_METIERS("3e Prépa-métiers"),
    EANA("EANA"),
    MLDS("MLDS de niveau collège");

    /** Length of the column holding the name. */
    public static final int ENUM_MAX = 30;

    /** The libellés accepted, for messages. */
    public static final String VALEURS_ACCEPTEES = Arrays.stream(values())
            .map(d -> "« " + d.libelle + " »").collect(Collectors.joining(", "));

    private final String libelle;

    Dispositif(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether pupils of this dispositif are in a class of 3e. */
    public boolean isTroisieme() {
        return this == TROISIEME || this == TROISIEME_SEGPA || this == TROISIEME_PREPA_METIERS;
    }

    /** The dispositif whose name or libellé this is, ignoring case, accents and punctuation. */
    public static Optional<Dispositif> parse(String value) {
        String key = TextNormalizer.matchKey(value);
        return Arrays.stream(values())
                .filter(d -> TextNormalizer.matchKey(d.libelle).equals(key) || TextNormalizer.matchKey(d.name()).equals(key))
                .findFirst();
    }

    /**
     * @throws InvalidValueException naming the accepted values, e.g. for « 2de » (lycée pupils are not concerned)
     */
    public static Dispositif fromText(String value) {
        return parse(value).orElseThrow(() -> new InvalidValueException("Le dispositif « " + TextNormalizer.clean(value)
                + " » ne relève pas de Passpro, réservé aux élèves de niveau 3e : valeurs acceptées "
                + VALEURS_ACCEPTEES + "."));
    }
}
