package fr.passpro.it.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;

/**
 * Logs a demo account in for the rest of the current request of an in-container test, through Passpro's own
 * authentication mechanism: the services then see that caller, its roles and its établissement.
 */
public final class Connexion {

    public static final String MOT_DE_PASSE_DEMO = "Passpro2027!";

    private Connexion() {
    }

    /**
     * Logs this person in for the rest of the test method, after logging out whoever was (the mechanism keeps the
     * identity in the HTTP session, which the test requests may share).
     */
    public static void en(String login) {
        HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("Déconnexion impossible avant la connexion de " + login, e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContext securityContext = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status = securityContext.authenticate(request, reponseMuette(), AuthenticationParameters
                .withParams().credential(new UsernamePasswordCredential(login, MOT_DE_PASSE_DEMO)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Connexion de " + login + " impossible : " + status);
        }
    }

    /** The Arquillian request's response is not reachable from a test: the mechanism writes nothing on success. */
    private static HttpServletResponse reponseMuette() {
        return (HttpServletResponse) Proxy.newProxyInstance(Connexion.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 200;
                    }
                    return null;
                });
    }
}
