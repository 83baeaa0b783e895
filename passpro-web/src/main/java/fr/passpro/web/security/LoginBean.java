package fr.passpro.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import fr.passpro.application.security.AuthenticationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import fr.passpro.web.util.Messages;

/** The login form and the logout button. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private CurrentUserView currentUser;

    private String identifiant;
    private String motDePasse;

    public String login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(identifiant, new Password(motDePasse)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                // The mechanism has kept the caller in the session, under a new session id.
                HttpSession session = request.getSession(true);
                Object asked = session.getAttribute(PassproAuthenticationMechanism.LOGIN_RETURN);
                session.removeAttribute(PassproAuthenticationMechanism.LOGIN_RETURN);
                external.redirect(returnPath(asked, external.getRequestContextPath()));
            }
            default -> Messages.error(facesContext, "login-form",
                    authentication.isLocked(identifiant) ? "login.verrouille" : "login.echec");
        }
        return null;
    }

    /** Back to the page asked for before the login when it is one of Passpro's own pages; otherwise the home page. */
    private String returnPath(Object asked, String contextPath) {
        if (asked instanceof String path && path.startsWith(contextPath + "/") && !path.contains("//")
                && !path.contains("\\") && !path.endsWith(PassproAuthenticationMechanism.LOGIN_PAGE)) {
            return path;
        }
        return contextPath + currentUser.getHomePath();
    }

    public String logout() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?deconnexion=1");
        return null;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }
}
