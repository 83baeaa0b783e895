package fr.passpro.domain.planning;

import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** Every seat of a séance is taken: the candidate must go to another one. */
@ApplicationException(rollback = true, inherited = true)
public class SeanceCompleteException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeanceCompleteException(String message) {
        super(message);
    }
}
