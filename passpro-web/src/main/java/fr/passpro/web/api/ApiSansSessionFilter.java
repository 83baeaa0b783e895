package fr.passpro.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A scheduler authenticates each call with HTTP Basic and keeps no cookie: the session that the login opened for the
 * call is closed when it ends, instead of living on for 30 minutes per call.
 */
@WebFilter(filterName = "ApiSansSessionFilter", urlPatterns = "/api/*")
public class ApiSansSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            String authorization = request.getHeader("Authorization");
            if (session != null && session.isNew() && authorization != null
                    && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                session.invalidate();
            }
        }
    }
}
