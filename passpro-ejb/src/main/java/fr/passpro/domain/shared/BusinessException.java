package fr.passpro.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Root of the business failures: its message is French and tells the person what to do.
 * Thrown out of an EJB it rolls the transaction back and reaches the caller unwrapped,
 * so that the web layer shows the message instead of a stack trace.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    protected BusinessException(String message, Throwable cause) {
        super(message, cause);
    }
}
