package fr.passpro.domain.inscription;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The INE (identifiant national élève) of a pupil: 11 characters, upper-case letters and digits, ending with a letter.
 * Three national shapes are recognised (see {@link Format}):
 * <ul>
 * <li>INE-RNIE: 10 digits and a key letter, e.g. {@code 1234567890A};</li>
 * <li>INE-BEA (base élèves académique, SIECLE): 10 letters or digits and a key letter; since 2018 the usual form is
 * 9 digits and 2 letters, e.g. {@code 123456789AB};</li>
 * <li>INE base élèves "année": the year of attribution (4 digits), 2 letters, 4 digits and a key letter,
 * e.g. {@code 2015AB1234C}.</li>
 * </ul>
 * Only the shape is checked: the key algorithms are not public in a form we could verify, so a mistyped INE of the
 * right shape is accepted. The INE is optional in Passpro; a wrong one only weakens duplicate detection.
 */
@Embeddable
public final class Ine implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 11;

    /** The national shapes, from the most specific to the most general. */
    public enum Format {
        RNIE("INE-RNIE", Pattern.compile("\\d{10}[A-Z]")),
        BASE_ELEVES_ANNEE("INE base élèves (année)", Pattern.compile("\\d{4}[A-Z]{2}\\d{4}[A-Z]")),
        BEA("INE-BEA", Pattern.compile("[0-9A-Z]{10}[A-Z]"));

        private final String libelle;
        private final Pattern pattern;

        Format(String libelle, Pattern pattern) {
            this.libelle = libelle;
            this.pattern = pattern;
        }

        public String libelle() {
            return libelle;
        }

        boolean matches(String code) {
            return pattern.matcher(code).matches();
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

    @Column(name = "ine", length = LENGTH)
    private String code;

    /** For JPA only. */
    protected Ine() {
    }

    private Ine(String code) {
        this.code = code;
    }

    /**
     * Reads an INE as typed: spaces, dots and dashes are ignored, letters may be lower case.
     *
     * @throws InvalidValueException with a French message saying what is wrong
     */
    public static Ine of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("L'INE est vide : laissez le champ vide si vous ne le connaissez pas.");
        }
        String code = SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            throw new InvalidValueException("L'INE doit comporter " + LENGTH + " caractères (ex. 123456789AB) : « "
                    + value.strip() + " » en compte " + code.length() + ".");
        }
        if (!code.matches("[0-9A-Z]+")) {
            throw new InvalidValueException("L'INE ne contient que des chiffres et des lettres sans accent : « "
                    + value.strip() + " » ne convient pas.");
        }
        if (!Character.isLetter(code.charAt(LENGTH - 1))) {
            throw new InvalidValueException("L'INE se termine par une lettre (clé de contrôle) : « "
                    + value.strip() + " » ne convient pas.");
        }
        if (formatDe(code).isEmpty()) {
            throw new InvalidValueException("L'INE « " + value.strip()
                    + " » ne correspond à aucun format national (INE-RNIE, INE-BEA, INE base élèves).");
        }
        return new Ine(code);
    }

    /** An INE, or empty for a blank value (the INE is optional). */
    public static Optional<Ine> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value));
    }

    private static Optional<Format> formatDe(String code) {
        for (Format format : Format.values()) {
            if (format.matches(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The most specific national shape this INE has. */
    public Format format() {
        return formatDe(code).orElseThrow();
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Ine ine && code.equals(ine.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
