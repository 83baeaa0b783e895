package fr.passpro.web.inscription;

import fr.passpro.web.util.Messages;
import fr.passpro.web.util.Refus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What the collège pages share: the French texts of the bundle {@code fr.passpro.web.inscription}, messages, dates in
 * Paris time, and the answer to an id outside the caller's collège (HTTP 403, the service has written the audit line).
 */
final class Pages {

    // Messages carry their text as summary: the layout shows summaries only.

    static final String BUNDLE = "fr.passpro.web.inscription";
    static final Locale LOCALE = Locale.FRENCH;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Logger LOGGER = Logger.getLogger(Pages.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy", LOCALE);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", LOCALE);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private Pages() {
    }

    static String text(String key, Object... arguments) {
        return Messages.texte(BUNDLE, key, arguments);
    }

    static void info(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void erreur(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refusal of a service: its French message, or a generic one for a technical failure (logged). An id of
     * another établissement slipped into a form answers 403, like the same id in the address.
     */
    static void erreur(RuntimeException refus) {
        if (refus instanceof AccessDeniedException) {
            repondreIntrouvable(refus);
            return;
        }
        String message;
        if (refus instanceof BusinessException) {
            message = refus.getMessage();
        } else if (refus instanceof EJBAccessException) {
            message = text("erreur.nonAutorise");
        } else if (refus instanceof EJBException e && e.getCausedByException() instanceof BusinessException cause) {
            message = cause.getMessage();
        } else {
            LOGGER.log(Level.SEVERE, "Échec technique sur une page du collège", refus);
            message = text("erreur.technique");
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * Answers a page opened with an id the person may not see: 403 (another établissement's data) or 404.
     *
     * @throws RuntimeException the failure itself when it is neither
     */
    static void repondreIntrouvable(RuntimeException refus) {
        Refus.repondre(refus);
    }

    /** « 1er février 2027 ». */
    static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    static String dateCourte(LocalDate date) {
        return date == null ? "" : DATE_COURTE.format(date);
    }

    static String dateHeure(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(PARIS));
    }

    /** The end of a period given as its first closed instant: « 30 avril 2027 inclus » or « 5 mai 2027 à 18:00 ». */
    static String fin(Instant finExclusive) {
        ZonedDateTime paris = finExclusive.atZone(PARIS);
        if (paris.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return text("periode.finInclus", date(paris.toLocalDate().minusDays(1)));
        }
        return text("periode.finA", date(paris.toLocalDate()), HEURE.format(paris));
    }
}
