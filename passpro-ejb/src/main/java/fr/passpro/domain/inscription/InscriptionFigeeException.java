package fr.passpro.domain.inscription;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** The inscription can no longer be changed by the collège: it was withdrawn, or the interview took place. */
@ApplicationException(rollback = true, inherited = true)
public class InscriptionFigeeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InscriptionFigeeException(String message) {
        super(message);
    }
}
