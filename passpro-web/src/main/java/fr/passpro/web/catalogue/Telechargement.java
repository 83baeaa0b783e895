package fr.passpro.web.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.servlet.http.HttpServletResponse;

/** Headers of a file sent to the browser: type, French file name, and no caching of personal documents. */
public final class Telechargement {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Telechargement() {
    }

    /**
     * @param nom the file name, possibly with accents: it is sent both as UTF-8 (filename*) and as plain ASCII
     *            (filename) for older clients
     */
    public static void entetes(HttpServletResponse response, String type, String nom) {
        response.setContentType(type);
        String ascii = Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "-");
        String utf8 = URLEncoder.encode(nom, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
