package fr.passpro.web.preinscription;

import java.io.IOException;
import java.util.Optional;

import fr.passpro.application.preinscription.PreinscriptionService;
import fr.passpro.domain.academie.Academie;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The addresses of the public pre-registration form, one per académie of the deployment:
 * {@code /public/preinscription/creteil}, {@code /paris}, {@code /versailles} show the form of that académie (its
 * campagne, catalogue and départements). The page itself, {@code /public/preinscription.xhtml}, is where the form posts
 * back; asked for directly (the address of the first version, still in bookmarks and mails), it sends the visitor to
 * the form of the default académie ({@code passpro.preinscription.academie}, Créteil).
 */
@WebFilter(filterName = "PreinscriptionAdresseFilter", urlPatterns = { PreinscriptionAdresseFilter.ADRESSES + "*",
        PreinscriptionAdresseFilter.PAGE }, dispatcherTypes = DispatcherType.REQUEST)
public class PreinscriptionAdresseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The form's page, below the context root. */
    public static final String PAGE = "/public/preinscription.xhtml";
    /** The addresses of the académies' forms, below the context root: followed by the académie's name. */
    public static final String ADRESSES = "/public/preinscription/";
    /** Request attribute: the code of the académie whose form the page shows. */
    public static final String ACADEMIE = "fr.passpro.preinscription.academie";

    @Inject
    private PreinscriptionService service;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chemin = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (chemin.startsWith(ADRESSES)) {
            Optional<Academie> academie = service.academieDeLAdresse(chemin.substring(ADRESSES.length()));
            if (academie.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(ACADEMIE, academie.get().getCode());
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") == null) {
            response.sendRedirect(request.getContextPath() + ADRESSES + service.adresseParDefaut());
            return;
        }
        chain.doFilter(request, response);
    }
}
