package fr.passpro.web.academie;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Excel archive the closure job kept for a campagne of the admin's académie, {@code /academie/archive-campagne?id=}.
 * Another académie's campagne answers 403; a campagne not closed yet, 404.
 */
@WebServlet(name = "ArchiveCampagne", urlPatterns = "/academie/archive-campagne")
public class ArchiveCampagneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampagneService campagnes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Telechargement.envoyer(response, Telechargement.XLSX, () -> {
            Object[] archive = campagnes.archive(Long.parseLong(id));
            return new Telechargement.Document((String) archive[0], (byte[]) archive[1]);
        });
    }
}
