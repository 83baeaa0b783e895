package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.compte.LoginAttempt;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
        return Optional.ofNullable(em.find(LoginAttempt.class, LoginAttempt.key(login)));
    }

    /**
     * The attempts of a login, row-locked (SELECT ... FOR UPDATE) until the end of the caller's transaction, so that
     * concurrent failed logins are all counted. Must be called inside a transaction.
     */
    public Optional<LoginAttempt> findForUpdate(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(LoginAttempt.class, LoginAttempt.key(login), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Inserts the row of a login with no failure unless there is one, in a transaction of its own that ends here: a
     * later {@link #findForUpdate} then always finds a row to lock. Called before any locking read of the caller's
     * transaction (a lock it held on the gap would block this insert).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfAbsent(String login) {
        if (login == null || login.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT IGNORE INTO login_attempt (login, failures) VALUES (?, 0)")
                .setParameter(1, LoginAttempt.key(login))
                .executeUpdate();
    }

    /** Inserts or updates; returns the managed instance. */
    public LoginAttempt save(LoginAttempt attempt) {
        if (em.contains(attempt)) {
            return attempt;
        }
        return em.merge(attempt);
    }
}
