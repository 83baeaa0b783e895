package fr.passpro.domain.compte;

import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;

/**
 * What a password chosen in Passpro must be: at least {@value #LONGUEUR_MIN} characters, with at least one letter and
 * one digit, at most {@value #LONGUEUR_MAX}, and typed twice the same.
 */
public final class RegleMotDePasse {

    public static final int LONGUEUR_MIN = 12;
    public static final int LONGUEUR_MAX = 128;

    private RegleMotDePasse() {
    }

    /**
     * @throws InvalidValueException with the first rule broken, in French
     */
    public static void verifier(char[] motDePasse, char[] confirmation) {
        if (motDePasse == null || motDePasse.length == 0) {
            throw new InvalidValueException("Choisissez un mot de passe.");
        }
        if (motDePasse.length < LONGUEUR_MIN) {
            throw new InvalidValueException("Le mot de passe doit compter au moins " + LONGUEUR_MIN + " caractères ("
                    + motDePasse.length + " saisis).");
        }
        if (motDePasse.length > LONGUEUR_MAX) {
            throw new InvalidValueException("Le mot de passe ne peut dépasser " + LONGUEUR_MAX + " caractères.");
        }
        boolean lettre = false;
        boolean chiffre = false;
        for (char c : motDePasse) {
            lettre |= Character.isLetter(c);
            chiffre |= Character.isDigit(c);
        }
        if (!lettre || !chiffre) {
            throw new InvalidValueException("Le mot de passe doit contenir au moins une lettre et au moins un chiffre.");
        }
        if (confirmation == null || !Arrays.equals(motDePasse, confirmation)) {
            throw new InvalidValueException("Les deux mots de passe saisis sont différents : saisissez deux fois le même.");
        }
    }
}
