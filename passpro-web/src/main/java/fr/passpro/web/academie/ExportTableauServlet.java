package fr.passpro.web.academie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import fr.passpro.application.tableau.TableauDeBordAcademieService;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.tableau.Tableau;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One table of the académie's dashboard as an Excel workbook:
 * {@code GET /academie/export-tableau?table=domaines&departement=094}. An unknown table or département answers 400
 * with the French reason; any account but the académie's gets 403 from the container, audited by
 * {@link fr.passpro.web.security.PageRefuseeFilter}.
 */
@WebServlet(name = "ExportTableau", urlPatterns = "/academie/export-tableau")
public class ExportTableauServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TableauDeBordAcademieService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String table = request.getParameter("table");
        ByteArrayOutputStream classeur = new ByteArrayOutputStream();
        Tableau quoi;
        try {
            quoi = Tableau.deCle(table);
            service.exporter(table, request.getParameter("departement"), classeur);
        } catch (InvalidValueException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String departement = request.getParameter("departement");
        String nom = "tableau-de-bord-" + quoi.cle()
                + (departement == null || departement.isBlank() ? "" : "-" + departement.strip()) + ".xlsx";
        Telechargement.entetes(response, Telechargement.XLSX, nom);
        response.setContentLength(classeur.size());
        classeur.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
