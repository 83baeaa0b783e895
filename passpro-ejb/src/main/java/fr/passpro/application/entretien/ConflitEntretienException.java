package fr.passpro.application.entretien;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** Somebody else changed the same interview at the same moment (optimistic locking): reload and try again. */
@ApplicationException(rollback = true, inherited = true)
public class ConflitEntretienException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflitEntretienException(String message, Throwable cause) {
        super(message, cause);
    }
}
