package fr.passpro.web.catalogue;

import java.io.IOException;

import fr.passpro.application.catalogue.CatalogueService;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The filtered catalogue as an Excel workbook (GET, the filter in the query string, see {@link FiltreParametres}).
 * Under /catalogue/, so web.xml lets only staff in; the service reads the caller's académie.
 */
@WebServlet(name = "ExportCatalogue", urlPatterns = "/catalogue/export")
public class ExportCatalogueServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String NOM_FICHIER = "catalogue-passpro.xlsx";

    @Inject
    private CatalogueService catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        FiltreCatalogue filtre = FiltreParametres.parse(request::getParameter);
        Telechargement.entetes(response, Telechargement.XLSX, NOM_FICHIER);
        catalogue.exporter(filtre, response.getOutputStream());
        response.flushBuffer();
    }
}
