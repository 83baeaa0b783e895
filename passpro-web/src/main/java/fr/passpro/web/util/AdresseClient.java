package fr.passpro.web.util;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client address of a request, for the audit journal and the rate limits. Behind the académie's reverse proxy
 * the connection comes from the proxy: the last address of {@code X-Forwarded-For} (the one the proxy added) is
 * taken only when the connection comes from an address listed in {@code passpro.client-address.trusted-proxies}
 * (comma-separated; empty by default: the header is ignored, so nobody can choose their own address).
 */
public final class AdresseClient {

    public static final String TRUSTED_PROXIES = "passpro.client-address.trusted-proxies";
    private static final int MAX = 45;

    private AdresseClient() {
    }

    public static String de(HttpServletRequest request) {
        String connexion = request.getRemoteAddr();
        String transmise = request.getHeader("X-Forwarded-For");
        if (transmise != null && !transmise.isBlank() && proxies().contains(connexion)) {
            String[] adresses = transmise.split(",");
            String derniere = adresses[adresses.length - 1].strip();
            if (!derniere.isEmpty() && derniere.length() <= MAX && derniere.matches("[0-9A-Fa-f:.]+")) {
                return derniere;
            }
        }
        return connexion;
    }

    private static List<String> proxies() {
        return ConfigProvider.getConfig(AdresseClient.class.getClassLoader())
                .getOptionalValue(TRUSTED_PROXIES, String.class)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
