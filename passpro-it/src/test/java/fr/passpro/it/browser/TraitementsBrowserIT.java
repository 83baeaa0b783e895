package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.passpro.it.Deployments;

/**
 * The académie admin opens the jobs console from the menu, starts the removal of old import files and watches it
 * run, then complete, without reloading the page. An old import of Créteil is created for the job, and its row
 * locked by the test while it looks at the running execution.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraitementsBrowserIT {

    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");
    private static final String TABLE = "executions-nettoyageImports:table";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    private Browser browser;
    private Connection verrou;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() throws SQLException {
        browser.close();
        liberer();
    }

    @Test
    void theAdminStartsAJobAndSeesItComplete() throws Exception {
        long ancien = importTermineACreteil();
        verrouiller(ancien);

        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/index.xhtml");
        browser.byId("nav-traitements").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Traitements par lots");
        assertThat(browser.byId("titre-nettoyageImports").getText()).isEqualTo("Suppression des fichiers d’import anciens");
        assertThat(browser.byId("ailleurs-importCatalogue").getText()).contains("Import du catalogue des formations");
        assertThat(browser.driver.findElement(By.cssSelector("label[for='lancement-nettoyageImports:joursConservation']"))
                .getText()).startsWith("Durée de conservation (jours)");
        browser.screenshot("traitements-console");

        browser.byId("lancement-nettoyageImports:joursConservation").clear();
        browser.byId("lancement-nettoyageImports:joursConservation").sendKeys("30");
        browser.byId("lancement-nettoyageImports:lancer").click();

        assertThat(browser.byId("messages").getText()).contains("Traitement « Suppression des fichiers d’import anciens » lancé");
        assertThat(statut(browser.driver)).isIn("En préparation", "En cours");
        assertThat(browser.byId(TABLE + ":0:arreter").getText()).isEqualTo("Arrêter");
        assertThat(premiereLigne(".pp-lance-par")).isEqualTo("admin.creteil");
        montrer("traitement-nettoyageImports");
        browser.screenshot("traitements-en-cours");

        liberer();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> "Terminé".equals(statut(d)));
        assertThat(Long.parseLong(premiereLigne(".pp-ecrits"))).isGreaterThanOrEqualTo(1);
        assertThat(browser.driver.findElements(By.id(TABLE + ":0:arreter"))).as("plus rien à arrêter").isEmpty();
        assertThat(browser.javascriptErrors()).isEmpty();
        montrer("traitement-nettoyageImports");
        browser.screenshot("traitements-termine");
    }

    @Test
    void theCutOffStartedFromTheConsoleAsksForAConfirmationThatSaysHowManyMailsLeave() {
        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/traitements.xhtml");

        browser.byId("lancement-clotureInscriptions:lancer").click();
        assertThat(browser.byId("confirmation-texte-clotureInscriptions").getText())
                .startsWith("Clôturer maintenant les inscriptions de la campagne")
                .contains("courriel(s) partiront");
        assertThat(browser.driver.findElements(By.id("lancement-clotureInscriptions:lancer"))).isEmpty();
        montrer("traitement-clotureInscriptions");
        browser.screenshot("traitements-confirmation-cloture");

        browser.byId("lancement-clotureInscriptions:annuler").click();
        assertThat(browser.driver.findElements(By.id("confirmation-texte-clotureInscriptions"))).isEmpty();
        assertThat(browser.byId("lancement-clotureInscriptions:lancer").isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.id("messages")))
                .allSatisfy(m -> assertThat(m.getText()).as("rien n'a été lancé").doesNotContain("lancé"));
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void aPageOfAnotherSiteCannotStartAJobWithTheLoggedInAdminsSession() throws Exception {
        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/traitements.xhtml");
        int avant = executionsAffichees();
        String session = browser.sessionId();
        assertThat(session).isNotNull();
        HttpClient http = HttpClient.newHttpClient();
        String url = System.getProperty("passpro.baseUrl", "http://localhost:28080/passpro") + "/api/traitements/nettoyageImports";

        // what a hidden form of another page would send with the admin's cookie: text/plain, no credentials
        HttpResponse<String> avecLeCookie = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Origin", "https://intrus.example")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("joursConservation=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(avecLeCookie.statusCode()).isEqualTo(401);
        assertThat(avecLeCookie.body()).contains("la session d'un navigateur ne suffit pas");

        // even with credentials, a call sent by a page of another origin is refused
        HttpResponse<String> autreOrigine = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin.creteil:Passpro2027!".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Origin", "https://intrus.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(autreOrigine.statusCode()).isEqualTo(403);

        browser.open("/academie/traitements.xhtml");
        assertThat(executionsAffichees()).as("aucun traitement lancé").isEqualTo(avant);
    }

    private int executionsAffichees() {
        return browser.driver.findElements(By.cssSelector("[id='" + TABLE + "'] tbody tr")).size();
    }

    /** Scrolls the element to the top of the window, for the screenshot. */
    private void montrer(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView(true);", browser.byId(id));
    }

    /** The status badge of the latest execution, as displayed. */
    private static String statut(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='" + TABLE + "'] tbody tr:first-child .pp-statut")).getText().strip();
    }

    private String premiereLigne(String css) {
        return browser.driver.findElement(By.cssSelector("[id='" + TABLE + "'] tbody tr:first-child " + css)).getText().strip();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(JDBC, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"));
    }

    private static long importTermineACreteil() throws SQLException {
        Timestamp fin = Timestamp.from(Instant.now().minus(Duration.ofDays(365)));
        try (Connection c = db();
             PreparedStatement insert = c.prepareStatement("INSERT INTO catalogue_import (campagne_id, nom_fichier,"
                     + " contenu, taille, statut, demarre_par, demarre_le, termine_le) SELECT id, 'ancien.xlsx', ?, 2048,"
                     + " 'TERMINE', 'test', ?, ? FROM campagne WHERE academie_code = '24'"
                     + " ORDER BY annee_scolaire DESC LIMIT 1", Statement.RETURN_GENERATED_KEYS)) {
            insert.setBytes(1, new byte[2048]);
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

    private void liberer() throws SQLException {
        if (verrou != null) {
            verrou.rollback();
            verrou.close();
            verrou = null;
        }
    }
}
