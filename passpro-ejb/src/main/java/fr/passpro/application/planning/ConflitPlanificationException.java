package fr.passpro.application.planning;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** Somebody else changed the same séance at the same moment (optimistic locking): reload and try again. */
@ApplicationException(rollback = true, inherited = true)
public class ConflitPlanificationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflitPlanificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
