package fr.passpro.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.it.Deployments;

/**
 * The caller kept in the HTTP session after a login (issue 14): a new session id at login, the caller's pages on every
 * request of the session, and no more once the account changes (deactivated, new password) or the person logs out.
 * This deployment reads the account again on every request ({@code passpro.session.verification-secondes=0}), as a
 * production session does once a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionCallerIT {

    private static final String BASE = System.getProperty("passpro.baseUrl", "http://localhost:28080/passpro");
    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passproConfiguredWith("passpro.session.verification-secondes=0\n");
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theSessionIdChangesAtLoginAndTheSessionKeepsTheCallerAndItsGroups() throws Exception {
        get("/login.xhtml");
        String avant = sessionId().orElseThrow();

        assertThat(login("chef.jaures", "Passpro2027!").statusCode()).isEqualTo(302);

        assertThat(sessionId()).hasValueSatisfying(apres -> assertThat(apres).isNotEqualTo(avant));
        assertThat(get("/college/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(get("/etablissement/comptes.xhtml").statusCode()).as("second groupe : chef d'établissement").isEqualTo(200);
        assertThat(get("/lycee/index.xhtml").statusCode()).as("profil d'un autre établissement").isEqualTo(403);
        assertThat(get("/login.xhtml").body()).as("page publique : la personne reste connue").contains("id=\"logout-form\"");
    }

    @Test
    void afterLogoutTheSessionHasNoCallerAnyMore() throws Exception {
        assertThat(login("lp.lurcat", "Passpro2027!").statusCode()).isEqualTo(302);
        String page = get("/lycee/index.xhtml").body();

        HttpResponse<String> deconnexion = post("/lycee/index.xhtml", Map.of("logout-form", "logout-form",
                "logout-form:logout", "", "primefaces.nonce", extraire(page, "nonce=\"([^\"]+)\""),
                "jakarta.faces.ViewState", viewState(page.substring(page.indexOf("id=\"logout-form\"")))));

        assertThat(deconnexion.statusCode()).isEqualTo(302);
        assertThat(get("/lycee/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aDeactivatedAccountLosesItsOpenSession() throws Exception {
        String login = compteDeTest();
        assertThat(login(login, "Passpro2027!").statusCode()).isEqualTo(302);
        assertThat(get("/college/index.xhtml").statusCode()).isEqualTo(200);

        sql("UPDATE account SET actif = FALSE, version = version + 1 WHERE login = ?", login);

        HttpResponse<String> apres = get("/college/index.xhtml");
        assertThat(apres.statusCode()).isEqualTo(302);
        assertThat(apres.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedBefore() throws Exception {
        String login = compteDeTest();
        assertThat(login(login, "Passpro2027!").statusCode()).isEqualTo(302);

        sql("UPDATE account SET password_hash = (SELECT password_hash FROM (SELECT password_hash FROM account"
                + " WHERE login = 'lp.lurcat') a), version = version + 1 WHERE login = ?", login);

        assertThat(get("/college/index.xhtml").statusCode()).isEqualTo(302);
    }

    /** A copy of referent.jaures's account (same établissement, profile and password) under a login of its own. */
    private static String compteDeTest() throws SQLException {
        String login = "session." + UUID.randomUUID().toString().substring(0, 8);
        sql("INSERT INTO account (login, nom, prenom, email, role, chef_etablissement, etablissement_id, academie_code,"
                + " actif, password_hash, version) SELECT ?, nom, prenom, CONCAT(?, '@test.passpro.fr'), role,"
                + " chef_etablissement, etablissement_id, academie_code, actif, password_hash, 0 FROM account"
                + " WHERE login = 'referent.jaures'", login, login);
        return login;
    }

    private HttpResponse<String> login(String login, String motDePasse) throws Exception {
        String page = get("/login.xhtml").body();
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("login-form", "login-form");
        champs.put("login-form:identifiant", login);
        champs.put("login-form:motDePasse", motDePasse);
        champs.put("login-form:connexion", "");
        champs.put("primefaces.nonce", extraire(page, "nonce=\"([^\"]+)\""));
        champs.put("jakarta.faces.ViewState", viewState(page));
        return post("/login.xhtml", champs);
    }

    private HttpResponse<String> post(String path, Map<String, String> champs) throws Exception {
        String corps = champs.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        return extraire(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String extraire(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static void sql(String sql, String... parametres) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"));
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                st.setString(i + 1, parametres[i]);
            }
            assertThat(st.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
