package fr.passpro.domain.preinscription;

/**
 * The honeypot of public forms: a field hidden from people (off screen, out of the tab order, hidden from screen
 * readers) that robots fill in. A filled submission is dropped silently: the robot sees the usual confirmation.
 */
public final class Piege {

    private Piege() {
    }

    /** Whether the hidden field was filled in (any non-blank value, even spaces around a word). */
    public static boolean estRempli(String valeur) {
        return valeur != null && !valeur.isBlank();
    }
}
