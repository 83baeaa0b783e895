package fr.passpro.web.security;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.passpro.application.security.ArenaIdentity;
import fr.passpro.application.security.ArenaIdentityService;
import fr.passpro.application.security.AuthenticationResult;
import fr.passpro.application.security.AuthenticationService;
import fr.passpro.application.security.ConnectedAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.json.Json;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Passpro's single authentication mechanism.
 * <ul>
 * <li>Own login (always): the form of {@code /login.xhtml} hands the credential over through
 * {@code SecurityContext.authenticate}; an anonymous request for a protected page is sent to that form, which brings
 * the person back to the page once logged in. (Soteria's {@code @LoginToContinue} would redirect before the ARENA
 * headers are even read, hence this mechanism does it itself.)</li>
 * <li>HTTP Basic, on the operations endpoint {@code /api/} only (schedulers, {@code curl}): the same identity store
 * and lock-out as the form; no redirect there, a 401 with {@code WWW-Authenticate: Basic} instead.</li>
 * <li>ARENA (production, off unless {@code passpro.arena.enabled=true}): the académie's reverse proxy has authenticated
 * the person and passes the identity in trusted headers. When the mechanism is off, those headers are ignored.</li>
 * </ul>
 * A login by the form or by ARENA keeps a {@link SessionCaller} in the HTTP session (under a new session id), from which
 * every later request of that session, protected or not, gets its caller and groups again. Payara's
 * {@code @AutoApplySession} did this before; it lost the groups under concurrent load (Payara #6145: a 403 and a false
 * « page refusée » for about one request in 130 from 20 users on) and in a cluster (Payara #6342). Logout, a
 * deactivated account, a new password or another profile end it.
 */
@ApplicationScoped
public class PassproAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the protected page an anonymous person asked for before logging in. */
    public static final String LOGIN_RETURN = "fr.passpro.login.return";
    /** The operations endpoint, below the context root. */
    public static final String API = "/api/";

    private static final Logger logger = Logger.getLogger(PassproAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private ArenaSettings arena;

    @Inject
    private ArenaIdentityService arenaIdentities;

    @Inject
    private AuthenticationService authentication;

    /**
     * How long a session trusts what it read of its account ({@code passpro.session.verification-secondes}, 60 by
     * default): a deactivation, a new password or another change of the account reaches the pages of the sessions
     * already open within this time; the services refuse a deactivated account at once.
     */
    private Duration recheck;

    @PostConstruct
    void readSettings() {
        recheck = Duration.ofSeconds(ConfigProvider.getConfig(PassproAuthenticationMechanism.class.getClassLoader())
                .getOptionalValue("passpro.session.verification-secondes", Long.class).orElse(60L));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return openSession(request, context, result.getCallerPrincipal().getName());
        }
        if (isApi(request)) {
            return apiLogin(request, response, context);
        }
        Optional<SessionCaller> caller = sessionCaller(request);
        String arenaLogin = arena.isEnabled() ? request.getHeader(ArenaIdentity.HEADER_LOGIN) : null;
        if (arenaLogin != null && !caller.map(c -> c.login().equalsIgnoreCase(arenaLogin.strip())).orElse(false)) {
            // A first ARENA request, or another person behind the same browser: a new session for this one.
            return arenaLogin(request, context);
        }
        if (caller.isPresent()) {
            return notify(context, caller.get());
        }
        if (context.isProtected()) {
            return toLoginPage(request, context);
        }
        return context.doNothing();
    }

    /** Ends the session's caller too (logout). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(SessionCaller.ATTRIBUTE);
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to clean
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * After a successful login: the caller goes into the session, under a new session id (a session id known before the
     * login is worth nothing after it), and the container learns the caller and its groups.
     */
    private AuthenticationStatus openSession(HttpServletRequest request, HttpMessageContext context, String login) {
        Optional<ConnectedAccount> account = authentication.connectedAccount(login);
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            request.changeSessionId();
        }
        SessionCaller caller = new SessionCaller(account.get(), Instant.now());
        session.setAttribute(SessionCaller.ATTRIBUTE, caller);
        return notify(context, caller);
    }

    /**
     * The session's caller, read again from the database when it was last read more than {@link #recheck} ago; none
     * when the account was deactivated or changed meanwhile (the person logs in again, in a new session).
     */
    private Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        Optional<SessionCaller> caller = SessionCaller.of(request);
        Instant now = Instant.now();
        if (caller.isEmpty() || !caller.get().isDue(now, recheck)) {
            return caller;
        }
        Optional<ConnectedAccount> account = authentication.connectedAccount(caller.get().login())
                .filter(a -> a.version() == caller.get().account().version());
        HttpSession session = request.getSession(false);
        if (account.isEmpty()) {
            logger.log(INFO, "Session de {0} close : compte désactivé ou modifié depuis la connexion", caller.get().login());
            if (session != null) {
                session.invalidate();
            }
            return Optional.empty();
        }
        SessionCaller checked = new SessionCaller(account.get(), now);
        if (session != null) {
            session.setAttribute(SessionCaller.ATTRIBUTE, checked);
        }
        return Optional.of(checked);
    }

    private static AuthenticationStatus notify(HttpMessageContext context, SessionCaller caller) {
        return context.notifyContainerAboutLogin(caller.login(), caller.account().groups());
    }

    /** The page asked for is kept in the session (GET only), so that the login form can bring the person back to it. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(LOGIN_RETURN, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** Whether the request is for the operations endpoint. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    /** HTTP Basic on the operations endpoint; a request without credentials for it gets a 401 that asks for them. */
    private AuthenticationStatus apiLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = basic(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            Optional<SessionCaller> caller = sessionCaller(request);
            if (caller.isPresent()) {
                return notify(context, caller.get());
            }
        }
        if (basic.isPresent()) {
            CredentialValidationResult result = identityStoreHandler.validate(basic.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return apiUnauthorized(response, "Identifiant ou mot de passe incorrect, ou compte bloqué pour quelques minutes.");
        }
        if (context.isProtected()) {
            return apiUnauthorized(response, "Authentification requise : identifiant et mot de passe d'un compte de "
                    + "l'académie (HTTP Basic).");
        }
        return context.doNothing();
    }

    /** The credential of an {@code Authorization: Basic} header (UTF-8), if there is a well-formed one. */
    static Optional<UsernamePasswordCredential> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static AuthenticationStatus apiUnauthorized(HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Passpro\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("erreur", message).build().toString());
        } catch (IOException e) {
            logger.log(WARNING, "Réponse 401 non écrite", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus arenaLogin(HttpServletRequest request, HttpMessageContext context) {
        if (!arena.isTrustedProxy(request.getRemoteAddr())) {
            logger.log(WARNING, "En-têtes ARENA reçus d''une adresse non autorisée : {0}", request.getRemoteAddr());
            return context.responseUnauthorized();
        }
        ArenaIdentity identity = ArenaIdentity.fromHeaders(request::getHeader);
        AuthenticationResult result = arenaIdentities.connect(identity);
        if (!result.isSuccess()) {
            return context.responseUnauthorized();
        }
        return openSession(request, context, result.login().orElseThrow());
    }
}
