package fr.passpro.web.catalogue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Supplier;

import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
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

    /** A document with the file name it is sent under. */
    public record Document(String nom, byte[] contenu) {
    }

    /**
     * Sends the document a service makes, or the error status of its refusal: 403 for another établissement's data
     * (the service has written the audit line), 404 for nothing to send.
     */
    public static void envoyer(HttpServletResponse response, String type, String nom, Supplier<byte[]> document)
            throws IOException {
        envoyer(response, type, () -> new Document(nom, document.get()));
    }

    /** As {@link #envoyer(HttpServletResponse, String, String, Supplier)}, the service naming the file. */
    public static void envoyer(HttpServletResponse response, String type, Supplier<Document> document)
            throws IOException {
        Document d;
        try {
            d = document.get();
        } catch (AccessDeniedException | EJBAccessException refus) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException rien) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        entetes(response, type, d.nom());
        response.setContentLength(d.contenu().length);
        response.getOutputStream().write(d.contenu());
    }
}
