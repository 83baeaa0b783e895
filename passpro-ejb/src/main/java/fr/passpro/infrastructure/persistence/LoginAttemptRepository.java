package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.compte.LoginAttempt;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class LoginAttemptRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public Optional<LoginAttempt> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(LoginAttempt.class, login));
    }

    /**
     * The attempts of a login, row-locked (SELECT ... FOR UPDATE) until the end of the caller's transaction, so that
     * concurrent failed logins are all counted. Must be called inside a transaction.
     */
    public Optional<LoginAttempt> findForUpdate(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(LoginAttempt.class, login, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Inserts or updates; returns the managed instance. */
    public LoginAttempt save(LoginAttempt attempt) {
        if (em.contains(attempt)) {
            return attempt;
        }
        return em.merge(attempt);
    }
}
