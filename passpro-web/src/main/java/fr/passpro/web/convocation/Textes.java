package fr.passpro.web.convocation;

import fr.passpro.web.util.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * The French texts of the bundle {@code fr.passpro.web.convocation}, the messages of the convocation pages (their
 * text in the summary, which the layout shows) and dates in Paris time.
 */
final class Textes {

    static final String BUNDLE = "fr.passpro.web.convocation";
    static final Locale LOCALE = Locale.FRENCH;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Logger LOGGER = Logger.getLogger(Textes.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", LOCALE);

    private Textes() {
    }

    static String text(String key, Object... arguments) {
        return Messages.texte(BUNDLE, key, arguments);
    }

    static void info(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Shows a refusal of a service: its French message, or a generic one for a technical failure (logged). */
    static void erreur(RuntimeException refus) {
        String message;
        if (refus instanceof BusinessException) {
            message = refus.getMessage();
        } else if (refus instanceof EJBAccessException) {
            message = text("erreur.nonAutorise");
        } else if (refus instanceof EJBException e && e.getCausedByException() instanceof BusinessException cause) {
            message = cause.getMessage();
        } else {
            LOGGER.log(Level.SEVERE, "Échec technique sur une page des convocations", refus);
            message = text("erreur.technique");
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** « 1er février 2027 ». */
    static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    /** « 29/11/2026 à 11:02 ». */
    static String dateHeure(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(PARIS));
    }
}
