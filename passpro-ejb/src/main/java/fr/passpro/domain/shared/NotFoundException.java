package fr.passpro.domain.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or no longer exists). */
@ApplicationException(rollback = true, inherited = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
