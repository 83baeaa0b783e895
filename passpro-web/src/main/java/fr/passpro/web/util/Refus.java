package fr.passpro.web.util;

import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** How a page opened with an id the person may not see answers: 403 (another établissement's data) or 404. */
public final class Refus {

    private Refus() {
    }

    /**
     * Sends the error status for a refusal of a service while loading a page, and completes the response.
     *
     * @throws RuntimeException the failure itself when it is neither a refused access nor a missing object
     */
    public static void repondre(RuntimeException refus) {
        int status;
        if (refus instanceof AccessDeniedException || refus instanceof EJBAccessException) {
            status = 403;
        } else if (refus instanceof NotFoundException) {
            status = 404;
        } else {
            throw refus;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, refus.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Shows a service's refusal of an action as a page message (its French text); a refused access goes on to the
     * 403 page, and a technical failure is not a refusal: both are thrown again.
     */
    public static void afficher(RuntimeException refus) {
        if (refus instanceof AccessDeniedException) {
            throw refus;
        }
        Throwable cause = refus instanceof EJBException e && e.getCausedByException() != null ? e.getCausedByException()
                : refus;
        if (!(cause instanceof BusinessException)) {
            throw refus;
        }
        Messages.ajouter(FacesMessage.SEVERITY_ERROR, cause.getMessage());
    }
}
