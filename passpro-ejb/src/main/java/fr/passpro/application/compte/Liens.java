package fr.passpro.application.compte;

import fr.passpro.domain.compte.LienMotDePasse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of the password-setting links (MicroProfile Config): the public address of Passpro that mails link
 * to, and how long a link serves.
 */
@ApplicationScoped
public class Liens {

    /** Scheme, host and port as people reach Passpro, without the context root, e.g. {@code https://passpro.ac-creteil.fr}. */
    public static final String URL_PUBLIQUE = "passpro.url-publique";
    public static final String URL_PUBLIQUE_PAR_DEFAUT = "http://localhost:8080";
    /** Hours a link serves after it is sent. */
    public static final String VALIDITE_HEURES = "passpro.compte.lien.validite-heures";
    /** The public page, below the context root. */
    public static final String PAGE = "/passpro/mot-de-passe.xhtml";

    private Config config() {
        return ConfigProvider.getConfig(Liens.class.getClassLoader());
    }

    public Duration validite() {
        long heures = config().getOptionalValue(VALIDITE_HEURES, Long.class)
                .filter(h -> h > 0).orElse(LienMotDePasse.VALIDITE_PAR_DEFAUT.toHours());
        return Duration.ofHours(heures);
    }

    /** The address to mail for this token. */
    public String adresse(String jeton) {
        String base = config().getOptionalValue(URL_PUBLIQUE, String.class).filter(s -> !s.isBlank())
                .orElse(URL_PUBLIQUE_PAR_DEFAUT).strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + PAGE + "?jeton=" + jeton;
    }
}
