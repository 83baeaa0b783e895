package fr.passpro.web.util;

import fr.passpro.application.audit.OrigineRequete;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives the services the client address of each request (audit journal), as {@link AdresseClient} determines it. */
@WebFilter(filterName = "OrigineRequeteFilter", urlPatterns = "/*")
public class OrigineRequeteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrigineRequete origine;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origine.definir(AdresseClient.de(request));
        chain.doFilter(request, response);
    }
}
