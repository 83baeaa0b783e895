package fr.passpro.it.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client on the deployed application, following no redirect, keeping its cookies. */
final class Http {

    static final String BASE = System.getProperty("passpro.baseUrl", "http://localhost:28080/passpro");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The page without its scripts, i.e. what a person can read (the PrimeFaces settings name exception classes). */
    static String readable(HttpResponse<String> response) {
        return response.body().replaceAll("(?s)<script.*?</script>", "");
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
