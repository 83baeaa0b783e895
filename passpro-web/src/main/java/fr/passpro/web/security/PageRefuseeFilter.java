package fr.passpro.web.security;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.audit.OrigineRequete;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Roles;
import fr.passpro.web.util.AdresseClient;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes to the audit journal each page refused by the security constraints of {@code web.xml} to a logged-in person
 * without the role it needs (e.g. a collège account opening {@code /academie/comptes.xhtml}). The container refuses
 * before any filter of the request runs; its 403 is then forwarded to the error page, where this filter sees it.
 * Refusals of a service (another établissement's data) are audited by the service and pass here with the role.
 */
@WebFilter(filterName = "PageRefuseeFilter", urlPatterns = "/erreur/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class PageRefuseeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger AUDIT = Logger.getLogger("fr.passpro.audit");

    /** The role each protected area of web.xml requires, by path below the context root. */
    static final Map<String, String> ROLE_PAR_ZONE = Map.of(
            "/academie/", Roles.ADMIN,
            "/college/", Roles.ORIGINE,
            "/lycee/", Roles.ACCUEIL,
            "/etablissement/", Roles.CHEF_ETABLISSEMENT);

    @Inject
    private JournalAudit journal;

    @Inject
    private OrigineRequete origine;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Object statut = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (principal != null && Integer.valueOf(403).equals(statut) && uri instanceof String page) {
            String chemin = page.startsWith(request.getContextPath()) ? page.substring(request.getContextPath().length()) : page;
            ROLE_PAR_ZONE.entrySet().stream()
                    .filter(zone -> chemin.startsWith(zone.getKey()) && !request.isUserInRole(zone.getValue()))
                    .findFirst()
                    .ifPresent(zone -> auditer(request, principal.getName(), chemin, zone.getValue()));
        }
        chain.doFilter(request, response);
    }

    private void auditer(HttpServletRequest request, String login, String chemin, String role) {
        AUDIT.log(Level.WARNING, "audit : page {0} refusée à {1} (profil {2} requis)", new Object[] { chemin, login, role });
        try {
            origine.definir(AdresseClient.de(request));
            journal.enregistrer(login, AuditEvent.ACCES_REFUSE, "page", chemin,
                    "Page " + chemin + " refusée (HTTP 403) : le profil " + role + " est requis.");
        } catch (RuntimeException e) {
            AUDIT.log(Level.SEVERE, "audit : la ligne du journal n'a pas pu être enregistrée", e);
        }
    }
}
