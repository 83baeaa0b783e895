package fr.passpro.web.catalogue;

import java.io.IOException;
import java.util.Optional;

import fr.passpro.application.catalogue.CatalogueService;
import fr.passpro.application.catalogue.FichePdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The fiche d'aide à la préparation (PDF) of one formation: {@code /catalogue/fiche-preparation?id=…}.
 * An unknown id, or a formation outside the caller's catalogue, answers 404.
 */
@WebServlet(name = "FichePreparation", urlPatterns = "/catalogue/fiche-preparation")
public class FichePreparationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<FichePdf> fiche = id != null && id.matches("\\d{1,18}")
                ? catalogue.ficheAidePreparation(Long.parseLong(id)) : Optional.empty();
        if (fiche.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Telechargement.entetes(response, Telechargement.PDF, fiche.get().nomFichier());
        response.setContentLength(fiche.get().contenu().length);
        response.getOutputStream().write(fiche.get().contenu());
    }
}
