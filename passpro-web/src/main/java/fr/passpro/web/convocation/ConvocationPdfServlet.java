package fr.passpro.web.convocation;

import java.io.IOException;

import fr.passpro.application.planning.ConvocationService;
import fr.passpro.web.catalogue.Telechargement;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The PDF of a convocation the collège received, {@code /college/convocation-pdf?id=…}, or of all its active ones in
 * one file, {@code /college/convocation-pdf?toutes}. Another collège's convocation answers 403 (the service has written
 * the audit line), an unknown one 404, a cancelled one (nothing to print) 404 too.
 */
@WebServlet(name = "ConvocationPdf", urlPatterns = "/college/convocation-pdf")
public class ConvocationPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConvocationService convocations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        boolean toutes = request.getParameter("toutes") != null;
        if (!toutes && (id == null || !id.matches("\\d{1,18}"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Telechargement.envoyer(response, Telechargement.PDF, toutes ? "convocations.pdf" : "convocation-" + id + ".pdf",
                () -> toutes ? convocations.pdfToutes() : convocations.pdf(Long.parseLong(id)));
    }
}
