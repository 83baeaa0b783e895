package fr.passpro.domain.shared;

import jakarta.ejb.ApplicationException;

/** A value entered or imported breaks a business rule (format, order of dates, inconsistent combination). */
@ApplicationException(rollback = true, inherited = true)
public class InvalidValueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
