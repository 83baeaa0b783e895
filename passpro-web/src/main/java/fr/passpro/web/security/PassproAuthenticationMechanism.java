package fr.passpro.web.security;

import static java.util.logging.Level.WARNING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import fr.passpro.application.security.ArenaIdentity;
import fr.passpro.application.security.ArenaIdentityService;
import fr.passpro.application.security.AuthenticationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.json.Json;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 */
@ApplicationScoped
@AutoApplySession
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        if (isApi(request)) {
            return apiLogin(request, response, context);
        }
        if (arena.isEnabled() && request.getHeader(ArenaIdentity.HEADER_LOGIN) != null) {
            return arenaLogin(request, context);
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return toLoginPage(request, context);
        }
        return context.doNothing();
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
        if (basic.isPresent()) {
            CredentialValidationResult result = identityStoreHandler.validate(basic.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return apiUnauthorized(response, "Identifiant ou mot de passe incorrect, ou compte bloqué pour quelques minutes.");
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
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
        return context.notifyContainerAboutLogin(result.login().orElseThrow(), result.groups());
    }
}
