package fr.passpro.domain.inscription;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** The collège acts outside the registration period (and outside any delay granted by the académie). */
@ApplicationException(rollback = true, inherited = true)
public class DelaiDepasseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DelaiDepasseException(String message) {
        super(message);
    }
}
