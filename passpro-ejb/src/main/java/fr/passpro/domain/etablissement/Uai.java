package fr.passpro.domain.etablissement;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The UAI (unité administrative immatriculée) that identifies an établissement: 7 digits and a check letter.
 * An instance is always valid: it is made only through {@link #of(String)} or {@link #withCheckLetter(String)}.
 */
@Embeddable
public final class Uai implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 8;

    /** The 23 letters of the check key, indexed by the 7 digits modulo 23 (no I, O, Q). */
    public static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private static final Pattern FORMAT = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    @Column(name = "uai", length = LENGTH, nullable = false, updatable = false)
    private String code;

    /** For JPA only. */
    protected Uai() {
    }

    private Uai(String code) {
        this.code = code;
    }

    /**
     * Reads a UAI as typed or imported: surrounding spaces are ignored and the letter may be lower case.
     *
     * @throws InvalidValueException with a French message saying what is wrong
     */
    public static Uai of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("L'UAI est obligatoire (7 chiffres suivis d'une lettre, ex. 0750647W).");
        }
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalized).matches()) {
            throw new InvalidValueException("L'UAI doit comporter 7 chiffres suivis d'une lettre (ex. 0750647W) : « "
                    + value.strip() + " » ne convient pas.");
        }
        char expected = checkLetter(normalized.substring(0, 7));
        if (normalized.charAt(7) != expected) {
            throw new InvalidValueException("L'UAI " + normalized
                    + " est invalide : la lettre de contrôle attendue est " + expected + ".");
        }
        return new Uai(normalized);
    }

    /** Whether {@link #of(String)} would accept this value. */
    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The check letter of 7 digits.
     *
     * @throws InvalidValueException if the argument is not exactly 7 digits
     */
    public static char checkLetter(String sevenDigits) {
        if (sevenDigits == null || !SEVEN_DIGITS.matcher(sevenDigits).matches()) {
            throw new InvalidValueException("Le numéro d'UAI doit comporter exactement 7 chiffres (ex. 0750647) : « "
                    + sevenDigits + " » ne convient pas.");
        }
        return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % CHECK_LETTERS.length());
    }

    /** The UAI made of these 7 digits and their check letter. */
    public static Uai withCheckLetter(String sevenDigits) {
        return new Uai(sevenDigits + checkLetter(sevenDigits));
    }

    public String code() {
        return code;
    }

    /** The 7 digits, without the check letter. */
    public String numero() {
        return code.substring(0, 7);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Uai uai && code.equals(uai.code);
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
