package fr.passpro.domain.courrier;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What went wrong when a mail was handed to the SMTP server, as staff can act on it. The technical text (exception,
 * SMTP reply) stays in {@link Courrier#getDerniereErreur()} for the académie; the établissements are told which of
 * these it is.
 */
public enum ProblemeEnvoi {
    /** The mail server did not answer, or too slowly: nothing to do, Passpro tries again. */
    SERVEUR_INJOIGNABLE,
    /** The server refused an address (SMTP 550, 551, 553, status 5.1.x): the address must be corrected. */
    ADRESSE_REFUSEE,
    /** The recipient's mailbox is full or over its quota (SMTP 552, status x.2.2). */
    BOITE_PLEINE,
    /** The server asked to try later (SMTP 4xx): Passpro tries again. */
    REFUS_TEMPORAIRE,
    /** Anything else: the académie reads the technical detail. */
    AUTRE;

    private static final Pattern INJOIGNABLE = Pattern.compile(
            "mailconnectexception|connectexception|couldn't connect|unknownhost|sockettimeout|timed? ?out|"
                    + "connection (refused|reset)|noroutetohost|broken pipe|exception reading response|"
                    + "\\[eof\\]");
    private static final Pattern BOITE = Pattern.compile("\\b552\\b|\\b[45]\\.2\\.2\\b|quota|mailbox full");
    private static final Pattern ADRESSE = Pattern.compile(
            "\\b55[013]\\b|\\b5\\.1\\.\\d\\b|user unknown|no such user|invalid addresses|recipient address rejected");
    private static final Pattern TEMPORAIRE = Pattern.compile("\\b4[25]\\d\\b|\\b4\\.\\d\\.\\d\\b");

    /** The problem a technical error text describes (null or blank: {@link #AUTRE}). */
    public static ProblemeEnvoi de(String erreur) {
        if (erreur == null || erreur.isBlank()) {
            return AUTRE;
        }
        String texte = erreur.toLowerCase(Locale.ROOT);
        if (INJOIGNABLE.matcher(texte).find()) {
            return SERVEUR_INJOIGNABLE;
        }
        if (BOITE.matcher(texte).find()) {
            return BOITE_PLEINE;
        }
        if (ADRESSE.matcher(texte).find()) {
            return ADRESSE_REFUSEE;
        }
        if (TEMPORAIRE.matcher(texte).find()) {
            return REFUS_TEMPORAIRE;
        }
        return AUTRE;
    }

    /** Whether Passpro will get over it by itself, by trying again later. */
    public boolean isPassager() {
        return this == SERVEUR_INJOIGNABLE || this == REFUS_TEMPORAIRE;
    }
}
