package fr.passpro.web.api;

import java.io.IOException;
import java.net.URI;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The operations endpoint is for schedulers and {@code curl}, never for a web page:
 * <ul>
 * <li>every call carries its own HTTP Basic credentials; the browser's session cookie alone authorizes nothing, so a
 * page of another site (or a same-site host) cannot make a logged-in admin's browser start a job (CSRF);</li>
 * <li>a call sent by a page of another origin ({@code Origin} header of another host) is refused even with
 * credentials;</li>
 * <li>the session that the login opened for the call is closed when it ends, instead of living on for 30 minutes per
 * call.</li>
 * </ul>
 */
@WebFilter(filterName = "ApiSansSessionFilter", urlPatterns = "/api/*")
public class ApiSansSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (!basic) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Passpro\", charset=\"UTF-8\"");
            refuser(response, HttpServletResponse.SC_UNAUTHORIZED, "Chaque appel de l'API porte l'identifiant et le mot"
                    + " de passe d'un compte de l'académie (HTTP Basic) ; la session d'un navigateur ne suffit pas.");
            return;
        }
        if (!memeOrigine(request.getHeader("Origin"), request.getHeader("Host"))) {
            refuser(response, HttpServletResponse.SC_FORBIDDEN, "L'API ne s'appelle pas depuis la page d'un autre site.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    /** No Origin (a scheduler, curl), or an Origin naming the host the call was sent to. */
    static boolean memeOrigine(String origin, String host) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin.strip());
            String autorite = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && uri.getHost() != null && (autorite.equalsIgnoreCase(host.strip())
                    || uri.getHost().equalsIgnoreCase(host.strip().replaceFirst(":(80|443)$", "")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuser(HttpServletResponse response, int statut, String message) throws IOException {
        response.setStatus(statut);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("erreur", message).build().toString());
    }
}
