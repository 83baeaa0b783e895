package fr.passpro.web.planning;

import fr.passpro.web.util.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * What the lycée's planning pages share: the French texts of the bundle {@code fr.passpro.web.planning}, messages
 * (their text in the summary: the layout shows summaries only) and dates in Paris time.
 */
final class Textes {

    static final String BUNDLE = "fr.passpro.web.planning";
    static final Locale LOCALE = Locale.FRENCH;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Logger LOGGER = Logger.getLogger(Textes.class.getName());
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm", LOCALE);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    private Textes() {
    }

    static String text(String key, Object... arguments) {
        return Messages.texte(BUNDLE, key, arguments);
    }

    static void info(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void avertissement(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    static void erreurCle(String key, Object... arguments) {
        Messages.ajouter(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Whether an error message was added during this request. */
    static boolean aDesErreurs() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /**
     * Shows a refusal of a service: its French message, or a generic one for a technical failure (logged). An
     * access refused (an id of another lycée slipped into a request) is not a message: it goes on to the 403 page.
     */
    static void erreur(RuntimeException refus) {
        if (refus instanceof AccessDeniedException) {
            throw refus;
        }
        String message;
        if (refus instanceof BusinessException) {
            message = refus.getMessage();
        } else if (refus instanceof EJBAccessException) {
            message = text("erreur.nonAutorise");
        } else if (refus instanceof EJBException e && e.getCausedByException() instanceof BusinessException cause) {
            message = cause.getMessage();
        } else {
            LOGGER.log(Level.SEVERE, "Échec technique sur une page de planification du lycée", refus);
            message = text("erreur.technique");
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** « 3 mars 2027 à 14 h 05 », Paris time. */
    static String dateHeure(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(PARIS));
    }

    /** « mercredi 3 mars 2027 ». */
    static String jour(LocalDate date) {
        return JOUR.format(date);
    }
}
