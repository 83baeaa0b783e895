package fr.passpro.application.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The client address of the current HTTP request, for the audit journal and the rate limits; set by a filter of the
 * web module (which knows which proxies to trust), empty outside an HTTP request.
 */
@RequestScoped
public class OrigineRequete {

    private String adresse;

    public Optional<String> adresse() {
        return Optional.ofNullable(adresse);
    }

    public void definir(String adresseClient) {
        this.adresse = adresseClient;
    }
}
