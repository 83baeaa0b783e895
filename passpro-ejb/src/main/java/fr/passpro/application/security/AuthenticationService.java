package fr.passpro.application.security;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.LoginAttempt;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.LoginAttemptRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Checks a login and password against the accounts in MariaDB, and locks a login for 15 minutes after 5 consecutive
 * failures. Failures are counted per login as typed, whether an account exists or not, so that the answers never
 * reveal which logins exist.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger logger = Logger.getLogger(AuthenticationService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private LoginAttemptRepository attempts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    public AuthenticationResult authenticate(String typedLogin, char[] password) {
        String login = normalize(typedLogin);
        if (login.isEmpty() || password == null || password.length == 0) {
            return AuthenticationResult.invalid();
        }
        Instant now = clock.instant();
        // The row to lock exists before it is locked: two first failures of one login at once would otherwise each
        // lock the gap where it goes and deadlock on their inserts.
        attempts.createIfAbsent(login);
        Optional<LoginAttempt> attempt = attempts.findForUpdate(login);
        if (attempt.isPresent() && attempt.get().isLocked(now)) {
            logger.log(WARNING, "Connexion refusée pendant le blocage du compte {0}", login);
            return AuthenticationResult.locked();
        }
        Optional<Account> account = accounts.findByLogin(login);
        boolean valid = hasher.verify(password, account.flatMap(Account::getPasswordHash).orElse(null))
                && account.get().isActif();
        if (valid) {
            attempt.ifPresent(LoginAttempt::reset);
            accounts.enregistrerConnexion(account.get(), now);
            logger.log(INFO, "Connexion de {0}", login);
            return AuthenticationResult.success(account.get().getLogin(), account.get().groups());
        }
        LoginAttempt failed = attempt.orElseGet(() -> attempts.save(new LoginAttempt(login)));
        failed.recordFailure(now);
        if (failed.isLocked(now)) {
            logger.log(WARNING, "Compte {0} bloqué {1} minutes après {2} échecs",
                    new Object[] { login, LoginAttempt.LOCK.toMinutes(), LoginAttempt.MAX_FAILURES });
            return AuthenticationResult.locked();
        }
        return AuthenticationResult.invalid();
    }

    /**
     * The account of a caller as a session keeps it, if it may still be connected: an active account. Read when a
     * session opens and again from time to time while it lasts, so that a deactivated account or a changed password
     * ends the sessions opened before.
     */
    public Optional<ConnectedAccount> connectedAccount(String login) {
        return accounts.findByLogin(normalize(login)).filter(Account::isActif)
                .map(a -> new ConnectedAccount(a.getLogin(), a.groups(), a.getVersion()));
    }

    public boolean isLocked(String typedLogin) {
        return attempts.find(normalize(typedLogin)).map(a -> a.isLocked(clock.instant())).orElse(false);
    }

    static String normalize(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
