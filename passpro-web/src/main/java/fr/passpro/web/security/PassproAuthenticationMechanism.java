package fr.passpro.web.security;

import static java.util.logging.Level.WARNING;

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
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Passpro's single authentication mechanism.
 * <ul>
 * <li>Own login (always): the form of {@code /login.xhtml} hands the credential over through
 * {@code SecurityContext.authenticate}; unauthenticated requests to protected pages are sent to that form.</li>
 * <li>ARENA (production, off unless {@code passpro.arena.enabled=true}): the académie's reverse proxy has authenticated
 * the person and passes the identity in trusted headers. When the mechanism is off, those headers are ignored.</li>
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class PassproAuthenticationMechanism implements HttpAuthenticationMechanism {

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
        if (arena.isEnabled() && request.getHeader(ArenaIdentity.HEADER_LOGIN) != null) {
            return arenaLogin(request, context);
        }
        return context.doNothing();
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
