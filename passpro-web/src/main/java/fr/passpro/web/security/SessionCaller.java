package fr.passpro.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import fr.passpro.application.security.ConnectedAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The caller of a logged-in HTTP session, from which {@link PassproAuthenticationMechanism} gives the container the
 * caller and its groups again on every request. It replaces {@code @AutoApplySession}, which lost the groups of about one
 * request in 130 under concurrent load (Payara #6145) and whose groups a cluster does not replicate (Payara #6342): this
 * record is a session attribute, small and serializable, replicated with the session.
 *
 * @param account   the account as read at login or at the last check
 * @param checkedAt when the account was last read: after {@code passpro.session.verification-secondes} it is read again
 */
public record SessionCaller(ConnectedAccount account, Instant checkedAt) implements Serializable {

    /** The session attribute. */
    public static final String ATTRIBUTE = "fr.passpro.caller";

    public SessionCaller {
        Objects.requireNonNull(account);
        Objects.requireNonNull(checkedAt);
    }

    /** The caller kept in the request's session, if there is a session and a caller in it. */
    static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((SessionCaller) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Whether the account must be read again, this long after it was. */
    boolean isDue(Instant now, Duration recheck) {
        return !now.isBefore(checkedAt.plus(recheck));
    }

    String login() {
        return account.login();
    }
}
