package fr.passpro.web.planning;

import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day sheet of the caller's lycée for the reception desk: {@code /lycee/feuille-du-jour?date=2027-03-17} (PDF) or
 * with {@code &format=xlsx} (Excel). A malformed date answers 404; an account of another kind, 403.
 */
@WebServlet(name = "FeuilleDuJour", urlPatterns = "/lycee/feuille-du-jour")
public class FeuilleDuJourServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanningService planning;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate jour;
        try {
            jour = LocalDate.parse(String.valueOf(request.getParameter("date")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean excel = "xlsx".equals(request.getParameter("format"));
        byte[] contenu;
        try {
            contenu = excel ? planning.feuilleDuJourExcel(jour) : planning.feuilleDuJourPdf(jour);
        } catch (AccessDeniedException | EJBAccessException refus) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Telechargement.entetes(response, excel ? Telechargement.XLSX : Telechargement.PDF,
                "entretiens-du-" + jour + (excel ? ".xlsx" : ".pdf"));
        response.setContentLength(contenu.length);
        response.getOutputStream().write(contenu);
    }
}
