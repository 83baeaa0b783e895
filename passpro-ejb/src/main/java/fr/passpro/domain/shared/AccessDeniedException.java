package fr.passpro.domain.shared;

import jakarta.ejb.ApplicationException;

/** The person asked for data outside the établissement or académie they may see. */
@ApplicationException(rollback = true, inherited = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String PREFIX = "Accès refusé : ";

    /** @param reason what was refused, e.g. « cet établissement ne fait pas partie de votre périmètre. » */
    public AccessDeniedException(String reason) {
        super(reason.startsWith(PREFIX) ? reason : PREFIX + reason);
    }
}
