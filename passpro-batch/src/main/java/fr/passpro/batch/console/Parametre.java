package fr.passpro.batch.console;

import fr.passpro.application.traitement.TypeParametre;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A parameter that a person may give to a job: its name, kind, default and bounds. Its French label lives in the
 * bundle of the console.
 *
 * @param defaut null if none
 * @param min    null if none (whole numbers only)
 * @param max    null if none (whole numbers only)
 */
public record Parametre(String nom, TypeParametre type, String defaut, boolean obligatoire, Integer min, Integer max) {

    public Parametre {
        Objects.requireNonNull(nom);
        Objects.requireNonNull(type);
        if (ConsoleTraitementsService.RESERVES.contains(nom)) {
            throw new IllegalArgumentException("Paramètre réservé à Passpro : " + nom);
        }
    }

    /** A whole number between {@code min} and {@code max}, {@code defaut} when none is given. */
    public static Parametre entier(String nom, int defaut, int min, int max) {
        return new Parametre(nom, TypeParametre.ENTIER, Integer.toString(defaut), true, min, max);
    }

    /** A date, optional. */
    public static Parametre date(String nom) {
        return new Parametre(nom, TypeParametre.DATE, null, false, null, null);
    }

    /** Yes or no, {@code defaut} when none is given. */
    public static Parametre booleen(String nom, boolean defaut) {
        return new Parametre(nom, TypeParametre.BOOLEEN, Boolean.toString(defaut), true, null, null);
    }

    /**
     * The value to pass to the job: the one given, stripped, or the default.
     *
     * @param libelle the parameter's French label, for the message
     * @return null when neither a value nor a default exists for an optional parameter
     * @throws InvalidValueException with a French message when the value does not fit
     */
    String valeur(String donnee, String libelle) {
        String valeur = donnee == null || donnee.isBlank() ? defaut : donnee.strip();
        if (valeur == null) {
            if (obligatoire) {
                throw new InvalidValueException("« " + libelle + " » est obligatoire.");
            }
            return null;
        }
        switch (type) {
            case ENTIER -> {
                int n;
                try {
                    n = Integer.parseInt(valeur);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("« " + libelle + " » doit être un nombre entier.");
                }
                if (min != null && n < min || max != null && n > max) {
                    throw new InvalidValueException("« " + libelle + " » doit être compris entre " + min + " et " + max + ".");
                }
                return Integer.toString(n);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(valeur).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidValueException("« " + libelle + " » doit être une date au format aaaa-mm-jj.");
                }
            }
            case BOOLEEN -> {
                if (!valeur.equalsIgnoreCase("true") && !valeur.equalsIgnoreCase("false")) {
                    throw new InvalidValueException("« " + libelle + " » vaut true ou false.");
                }
                return valeur.toLowerCase(java.util.Locale.ROOT);
            }
            default -> {
                if (valeur.length() > TypeParametre.TEXTE_MAX) {
                    throw new InvalidValueException("« " + libelle + " » ne dépasse pas " + TypeParametre.TEXTE_MAX
                            + " caractères.");
                }
                return valeur;
            }
        }
    }
}
