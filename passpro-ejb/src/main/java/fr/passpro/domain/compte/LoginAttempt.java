package fr.passpro.domain.compte;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed logins of one login name (existing or not), to lock it for {@link #LOCK} after {@link #MAX_FAILURES}
 * consecutive failures. Keyed by login rather than by account so that guessing unknown logins is slowed down too.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int LOGIN_MAX = Account.LOGIN_MAX;

    @Id
    @Column(name = "login", length = LOGIN_MAX, nullable = false, updatable = false)
    private String login;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** For JPA only. */
    protected LoginAttempt() {
    }

    /** @param login the login as typed; longer than {@value #LOGIN_MAX} characters it is cut (no account has such a login) */
    public LoginAttempt(String login) {
        this.login = key(login);
    }

    /** The key of a login as typed: longer than {@value #LOGIN_MAX} characters it is cut (no account has such a login). */
    public static String key(String login) {
        Objects.requireNonNull(login, "L'identifiant est obligatoire.");
        return login.length() > LOGIN_MAX ? login.substring(0, LOGIN_MAX) : login;
    }

    /** Whether a login must be refused at this instant, without even checking the password. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login. The {@value #MAX_FAILURES}th consecutive failure locks the login until now + {@link #LOCK};
     * the first failure after an expired lock starts counting again from one. A failure while locked changes
     * nothing but the date of the last failure: the lock is not extended.
     */
    public void recordFailure(Instant now) {
        Objects.requireNonNull(now, "L'instant est obligatoire.");
        lastFailure = now;
        if (isLocked(now)) {
            return;
        }
        if (lockedUntil != null) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    /** After a successful login: forgets the failures and any lock. */
    public void reset() {
        failures = 0;
        lastFailure = null;
        lockedUntil = null;
    }

    public String getLogin() {
        return login;
    }

    public int getFailures() {
        return failures;
    }

    public Optional<Instant> getLastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
