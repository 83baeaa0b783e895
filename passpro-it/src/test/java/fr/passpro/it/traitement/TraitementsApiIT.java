package fr.passpro.it.traitement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.it.Deployments;

/**
 * The operations endpoint as a scheduler calls it, from outside the server: HTTP Basic, form fields, 202 and a
 * {@code Location} to follow, and each refusal with its status and a French message; then the very {@code curl}
 * command of the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraitementsApiIT {

    private static final String BASE = System.getProperty("passpro.baseUrl", "http://localhost:28080/passpro");
    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");
    private static final String ADMIN = "admin.creteil";
    private static final String MOT_DE_PASSE = "Passpro2027!";
    private static final String URL = BASE + "/api/traitements/nettoyageImports";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    /** HTTP/1.1 as curl speaks it (the client would otherwise offer an h2c upgrade with the form body). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Connection verrou;

    @AfterEach
    void releaseTheLock() throws SQLException {
        if (verrou != null) {
            verrou.rollback();
            verrou.close();
            verrou = null;
        }
    }

    @Test
    void anAdminStartsAJobGets202AndFollowsItToTheEndAndASecondStartMeanwhileGets409() throws Exception {
        long ancien = importTermineACreteil(400);
        verrouiller(ancien);

        HttpResponse<String> lance = post(URL, ADMIN, "joursConservation=30");

        assertThat(lance.statusCode()).isEqualTo(202);
        assertThat(lance.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        long id = nombre(lance.body(), "id");
        String location = lance.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/passpro/api/traitements/executions/" + id);
        assertThat(lance.body()).contains("\"traitement\":\"nettoyageImports\"", "\"lancePar\":\"admin.creteil\"",
                "\"academie\":\"24\"", "\"joursConservation\":\"30\"");

        HttpResponse<String> encore = post(BASE + "/api/traitements/nettoyageImports?joursConservation=30", ADMIN, "");
        assertThat(encore.statusCode()).isEqualTo(409);
        assertThat(encore.body()).contains("est déjà en cours (exécution n° " + id + ")");

        releaseTheLock();
        String fin = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(location, ADMIN).body(), b -> b.contains("\"statut\":\"COMPLETED\""));
        assertThat(fin).contains("\"libelleStatut\":\"Terminé\"", "\"enCours\":false");
        assertThat(nombre(fin, "ecrits")).isGreaterThanOrEqualTo(1);
        assertThat(taille(ancien)).isZero();
    }

    @Test
    void withoutCredentialsTheEndpointAsksForThem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(URL))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Passpro\", charset=\"UTF-8\"");
        assertThat(post(URL, ADMIN, "", "mauvais-mot-de-passe").statusCode()).isEqualTo(401);
    }

    @Test
    void aNonAdminGets403AndTheRefusalIsAudited() throws Exception {
        long avant = refusAudites("chef.jaures");

        HttpResponse<String> response = post(URL, "chef.jaures", "");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Accès refusé : seuls les comptes de l'académie lancent et suivent les traitements.");
        assertThat(refusAudites("chef.jaures")).isEqualTo(avant + 1);
    }

    @Test
    void anUnknownJobGets404AndABadParameter400InFrench() throws Exception {
        HttpResponse<String> inconnu = post(BASE + "/api/traitements/purgeTout", ADMIN, "");
        assertThat(inconnu.statusCode()).isEqualTo(404);
        assertThat(inconnu.body()).isEqualTo("{\"erreur\":\"Passpro n'a pas de traitement nommé « purgeTout ».\"}");

        HttpResponse<String> mauvais = post(URL, ADMIN, "joursConservation=beaucoup");
        assertThat(mauvais.statusCode()).isEqualTo(400);
        assertThat(mauvais.body()).contains("« Durée de conservation (jours) » doit être un nombre entier.");

        HttpResponse<String> reserve = post(URL, ADMIN, "lancePar=quelqu.un");
        assertThat(reserve.statusCode()).isEqualTo(400);

        assertThat(get(BASE + "/api/traitements/executions/999999999", ADMIN).statusCode()).isEqualTo(404);
        HttpResponse<String> liste = get(BASE + "/api/traitements", ADMIN);
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains("\"nom\":\"nettoyageImports\"", "\"nom\":\"importCatalogue\"");
    }

    /** The command of the README, run as it is written there (with this domain's address). */
    @Test
    void theCurlCommandOfTheReadmeStartsTheJob() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/curl"))).as("curl installé").isTrue();
        String readme = Files.readString(Path.of(System.getProperty("passpro.projectDir", ".."), "README.md"));
        Matcher commande = Pattern.compile("curl -sS -i -u '([^']+)' -d ([^ ]+) \\\\\\s+(\\S+)").matcher(readme);
        assertThat(commande.find()).as("commande curl du README").isTrue();
        String url = commande.group(3).replace("http://localhost:8080/passpro", BASE);

        Process curl = new ProcessBuilder(List.of("curl", "-sS", "-i", "-u", commande.group(1), "-d", commande.group(2), url))
                .redirectErrorStream(true).start();
        String sortie = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        curl.waitFor();

        assertThat(sortie).containsPattern("HTTP/1\\.1 202");
        assertThat(sortie).containsPattern("(?i)location: .*/passpro/api/traitements/executions/\\d+");
        long id = nombre(sortie, "id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(BASE + "/api/traitements/executions/" + id, ADMIN).body(), b -> b.contains("\"enCours\":false"));
    }

    private HttpResponse<String> post(String url, String login, String form) throws IOException, InterruptedException {
        return post(url, login, form, MOT_DE_PASSE);
    }

    private HttpResponse<String> post(String url, String login, String form, String motDePasse)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, motDePasse))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String login) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, MOT_DE_PASSE)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String login, String motDePasse) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
    }

    private static long nombre(String json, String nom) {
        Matcher m = Pattern.compile("\"" + nom + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(nom + " dans " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(JDBC, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"));
    }

    /** An import of Créteil's latest campagne, ended {@code jours} days ago, whose 1 Ko file is still stored. */
    private static long importTermineACreteil(int jours) throws SQLException {
        Timestamp fin = Timestamp.from(Instant.now().minus(Duration.ofDays(jours)));
        try (Connection c = db();
             PreparedStatement insert = c.prepareStatement("INSERT INTO catalogue_import (campagne_id, nom_fichier,"
                     + " contenu, taille, statut, demarre_par, demarre_le, termine_le) SELECT id, 'ancien.xlsx', ?, 1024,"
                     + " 'TERMINE', 'test', ?, ? FROM campagne WHERE academie_code = '24'"
                     + " ORDER BY annee_scolaire DESC LIMIT 1", Statement.RETURN_GENERATED_KEYS)) {
            insert.setBytes(1, new byte[1024]);
            insert.setTimestamp(2, fin);
            insert.setTimestamp(3, fin);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void verrouiller(long importId) throws SQLException {
        verrou = db();
        verrou.setAutoCommit(false);
        try (PreparedStatement lock = verrou.prepareStatement("SELECT id FROM catalogue_import WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, importId);
            lock.executeQuery().close();
        }
    }

    private static long taille(long importId) throws SQLException {
        try (Connection c = db();
             PreparedStatement select = c.prepareStatement("SELECT LENGTH(contenu) FROM catalogue_import WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long refusAudites(String login) throws SQLException {
        try (Connection c = db();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE login = ?"
                     + " AND action = 'ACCES_REFUSE' AND objet_type = 'traitement' AND objet_id = 'nettoyageImports'")) {
            select.setString(1, login);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
