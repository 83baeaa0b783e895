package fr.passpro.web.home;

import java.io.IOException;

import fr.passpro.web.security.CurrentUserView;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The application's address leads each person to the home page of their role. */
@WebFilter(filterName = "HomeRedirectFilter", urlPatterns = "/index.xhtml")
public class HomeRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserView currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.sendRedirect(request.getContextPath() + currentUser.getHomePath());
    }
}
