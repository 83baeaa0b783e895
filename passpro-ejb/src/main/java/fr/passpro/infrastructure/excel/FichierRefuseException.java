package fr.passpro.infrastructure.excel;

import fr.passpro.domain.shared.BusinessException;

/** The uploaded catalogue file cannot be read at all (format, size, password, missing columns): nothing is imported. */
public class FichierRefuseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FichierRefuseException(String message) {
        super(message);
    }

    public FichierRefuseException(String message, Throwable cause) {
        super(message, cause);
    }
}
