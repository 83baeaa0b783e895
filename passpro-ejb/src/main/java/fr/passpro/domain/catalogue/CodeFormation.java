package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code formation diplôme (CFD) of a formation: 8 digits or capital letters, usually 500xxxxx for a CAP and
 * 400xxxxx for a bac pro (2de professionnelle); a 2de professionnelle organised by famille de métiers has a code of
 * its own with another prefix, so the prefix is never checked here (see {@link Diplome#alerteCode}). An instance is always well formed: it is made only through {@link #of(String)}.
 */
@Embeddable
public final class CodeFormation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 8;

    public static final String PREFIXE_CAP = "500";
    public static final String PREFIXE_BAC_PRO = "400";

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{8}");

    @Column(name = "code_formation", length = LENGTH, nullable = false, updatable = false)
    private String code;

    /** For JPA only. */
    protected CodeFormation() {
    }

    private CodeFormation(String code) {
        this.code = code;
    }

    /**
     * Reads a CFD as typed or imported: surrounding spaces are ignored and letters may be lower case.
     *
     * @throws InvalidValueException with a French message saying what is wrong
     */
    public static CodeFormation of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("Le code formation est obligatoire (8 caractères, ex. 50025216).");
        }
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalized).matches()) {
            throw new InvalidValueException("Le code formation doit comporter 8 chiffres ou lettres (ex. 50025216) : « "
                    + value.strip() + " » ne convient pas.");
        }
        return new CodeFormation(normalized);
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

    public String code() {
        return code;
    }

    /** The usual code of a CAP: it starts with 500. */
    public boolean isCap() {
        return code.startsWith(PREFIXE_CAP);
    }

    /** The usual code of a bac pro, whose first year is the 2de professionnelle: it starts with 400. */
    public boolean isBacPro() {
        return code.startsWith(PREFIXE_BAC_PRO);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CodeFormation c && code.equals(c.code);
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
