package fr.passpro.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The test SMTP server's REST API (GreenMail, 127.0.0.1:8025, see {@code ./passpro}): what arrived in a mailbox.
 * Several checkouts may share the server: tests use recipient addresses of their own.
 */
public final class GreenMail {

    private static final String API = System.getProperty("passpro.greenmail.api", "http://127.0.0.1:8025/api");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private GreenMail() {
    }

    /** The JSON of the messages in this address's INBOX ("[]" when none, or the mailbox does not exist yet). */
    public static String messages(String adresse) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(API + "/user/"
                            + URLEncoder.encode(adresse, StandardCharsets.UTF_8) + "/messages/INBOX"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "[]";
        } catch (IOException e) {
            throw new IllegalStateException("API de GreenMail injoignable : " + API, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until a message containing this text arrived for the address.
     *
     * @throws AssertionError after the delay, with what the mailbox holds
     */
    public static void attendre(String adresse, String texte, Duration delai) {
        long fin = System.nanoTime() + delai.toNanos();
        while (!recu(adresse, texte)) {
            if (System.nanoTime() > fin) {
                throw new AssertionError("Aucun courriel contenant « " + texte + " » reçu par " + adresse + " en "
                        + delai.toSeconds() + " s ; boîte : " + messages(adresse));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether a message whose raw text contains this text arrived for the address. */
    public static boolean recu(String adresse, String texte) {
        return messages(adresse).contains(texte);
    }

    /** How many messages of the address's INBOX contain this text (a mail delivered twice counts 2). */
    public static long nombre(String adresse, String texte) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(messages(adresse)))) {
            return reader.readArray().stream().filter(m -> m.toString().contains(texte)).count();
        }
    }
}
