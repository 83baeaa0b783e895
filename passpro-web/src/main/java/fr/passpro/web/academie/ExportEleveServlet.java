package fr.passpro.web.academie;

import fr.passpro.application.donnees.DonneesEleveService;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Everything Passpro holds about one pupil of the académie, {@code /academie/export-eleve?id=}, as a workbook for the
 * family. Another académie's pupil answers 403 (audited by the service); an unknown one 404.
 */
@WebServlet(name = "ExportEleve", urlPatterns = "/academie/export-eleve")
public class ExportEleveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DonneesEleveService donnees;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Telechargement.envoyer(response, Telechargement.XLSX, "donnees-eleve-" + id + ".xlsx",
                () -> donnees.exporter(Long.parseLong(id)));
    }
}
