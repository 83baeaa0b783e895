package fr.passpro.web.entretien;

import fr.passpro.application.entretien.FichesService;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fiches récapitulatives as PDF, read from the database at the moment of the download:
 * {@code /college/fiche-recapitulative?eleve=…} for one pupil, {@code ?classe=3e B} for a class,
 * {@code ?college} for every pupil of the collège. Another collège's pupil answers 403 (the service has written the
 * audit line); an unknown pupil, or nothing to print, 404.
 */
@WebServlet(name = "FicheRecapitulative", urlPatterns = "/college/fiche-recapitulative")
public class FicheRecapitulativeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final int CLASSE_MAX = 40;

    @Inject
    private FichesService fiches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String eleve = request.getParameter("eleve");
        String classe = request.getParameter("classe");
        boolean college = request.getParameter("college") != null;
        if (eleve != null && !eleve.matches("\\d{1,18}") || classe != null && (classe.isBlank()
                || classe.length() > CLASSE_MAX) || eleve == null && classe == null && !college) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (eleve != null) {
            Telechargement.envoyer(response, Telechargement.PDF, "fiche-recapitulative-" + eleve + ".pdf",
                    () -> fiches.ficheEleve(Long.parseLong(eleve)));
        } else if (classe != null) {
            Telechargement.envoyer(response, Telechargement.PDF, "fiches-recapitulatives-" + classe.strip() + ".pdf",
                    () -> fiches.fichesClasse(classe));
        } else {
            Telechargement.envoyer(response, Telechargement.PDF, "fiches-recapitulatives.pdf", fiches::fichesCollege);
        }
    }
}
