package fr.passpro.web.academie;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The académie's dashboard and its exports refuse every account but the académie's with 403, and write the refusal
 * to the audit journal. web.xml lets any signed-in account reach these two addresses (their exact patterns take
 * precedence over {@code /academie/*}) so that this filter, not the container, answers and records the refusal;
 * the service checks the role again.
 */
@WebFilter(filterName = "AccesTableauDeBord",
        urlPatterns = { "/academie/tableau-de-bord.xhtml", "/academie/export-tableau" })
public class AccesTableauDeBordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger AUDIT = Logger.getLogger("fr.passpro.audit");

    @Inject
    private JournalAudit journal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !request.isUserInRole(Roles.ADMIN)) {
            String login = request.getUserPrincipal().getName();
            String page = request.getRequestURI().substring(request.getContextPath().length());
            AUDIT.log(Level.WARNING, "audit : accès refusé au tableau de bord de l''académie ({0}) pour {1}",
                    new Object[] { page, login });
            try {
                journal.enregistrer(login, AuditEvent.ACCES_REFUSE, "page", page,
                        "Accès refusé au tableau de bord de l'académie : compte sans le profil académie");
            } catch (RuntimeException e) {
                AUDIT.log(Level.SEVERE, "audit : la ligne du journal n'a pas pu être enregistrée", e);
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
