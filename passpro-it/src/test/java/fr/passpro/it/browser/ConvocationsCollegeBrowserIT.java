package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import fr.passpro.it.Deployments;

/**
 * The convocations the collège receives, in a real Chromium: the référente sees her pupil's convocation (lycée, date,
 * place, mail failure), confirms the pupil's presence and has the failed mail sent again, the dashboard counts it; a
 * second collège sees none and gets HTTP 403 on the first one's PDF. Then the lycée's and the académie's follow-up.
 * The data is made inside Payara by {@link ConvocationDeTest}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConvocationsCollegeBrowserIT {

    private static final String PASSWORD = "Passpro2027!";

    private static CampagneDeTest campagne;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.passpro();
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE).addClasses(ConvocationDeTest.class,
                ConvocationDeTest.Fabrique.class);
        return ear;
    }

    @BeforeAll
    static void periodeOuverte() throws Exception {
        campagne = new CampagneDeTest();
        campagne.ouvrirLesInscriptions();
    }

    @AfterAll
    static void calendrierRemisEnPlace() throws Exception {
        campagne.close();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theCollegeConfirmsThePresenceAndAnotherCollegeSeesNothing() throws Exception {
        String[] jeu = creerConvocation();
        long id = Long.parseLong(jeu[0]);
        String nom = jeu[1];
        String autreCollege = jeu[2];

        browser.login("referent.jaures", PASSWORD);
        browser.byId("nav-convocations").click();
        WebElement carte = browser.byId("convocation-" + id);
        assertThat(carte.getText()).contains("Lou " + nom).contains("3e C")
                .contains("Métiers de la relation client").contains("Lycée professionnel Jean Lurçat")
                .contains("de 15 h").contains("Individuel")
                .contains("Non remise : l’adresse électronique du destinataire est refusée")
                .contains("faites corriger l’adresse").doesNotContain("boîte inconnue").contains("Pas encore de réponse");
        assertThat(carte.findElement(By.cssSelector(".pp-convocation__statut")).getAttribute("textContent")).contains("Active");
        assertThat(carte.findElement(By.id("imprimer-" + id)).getAttribute("href"))
                .endsWith("/college/convocation-pdf?id=" + id);
        WebElement annulee = browser.byId("convocation-" + jeu[3]);
        assertThat(annulee.getAttribute("class")).contains("pp-convocation--annulee");
        assertThat(annulee.getAttribute("textContent")).contains("Tom " + nom + "Annule").contains("Annulée le ");
        assertThat(annulee.findElements(By.cssSelector("button, a.pp-imprimer"))).as("ni réponse ni impression").isEmpty();
        voir("convocation-" + jeu[3]);
        capture("college-convocation-annulee");
        assertThat(browser.byId("tout-imprimer").getAttribute("href")).endsWith("/college/convocation-pdf?toutes");
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        capture("college-convocations-haut");
        voir("convocation-" + id);
        capture("college-convocations");

        submit(bouton(id, "presence"));
        assertThat(messages()).contains("Réponse enregistrée pour Lou " + nom + " : Présence confirmée.");
        carte = browser.byId("convocation-" + id);
        assertThat(carte.findElement(By.cssSelector(".pp-convocation__reponse")).getText())
                .startsWith("Présence confirmée, le ");
        assertThat(bouton(id, "presence").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(bouton(id, "absence").getAttribute("aria-pressed")).isEqualTo("false");
        capture("college-convocations-presence");

        submit(bouton(id, "renvoyer"));
        assertThat(messages()).contains("Le courriel de la convocation de Lou " + nom + " sera renvoyé");
        assertThat(browser.byId("convocation-" + id).getText()).doesNotContain("Échec").contains("Présence confirmée");

        browser.byId("nav-college").click();
        assertThat(Long.parseLong(browser.driver.findElement(By.cssSelector(
                "#compteur-convocations-a-venir .pp-compteur__nombre")).getText())).isPositive();
        assertThat(browser.byId("lien-convocations").getAttribute("href")).endsWith("/college/convocations.xhtml");
        voir("titre-convocations");
        capture("college-tableau-de-bord-convocations");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.byId("logout-form:logout").click();

        browser.login(autreCollege, PASSWORD);
        browser.open("/college/convocations.xhtml");
        assertThat(browser.byId("convocations-vide").getText()).contains("Aucune convocation");
        assertThat(browser.driver.findElements(By.id("convocation-" + id))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain(nom);
        HttpResponse<String> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.BASE
                        + "/college/convocation-pdf?id=" + id)).header("Cookie", "JSESSIONID=" + browser.sessionId())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pdf.statusCode()).isEqualTo(403);
        assertThat(pdf.body()).contains("Accès refusé").doesNotContain(nom);
    }

    @Test
    void theLyceeAndTheAcademieSeeTheCandidatesStillToConvoke() throws Exception {
        creerConvocation();
        browser.login("lp.lurcat", PASSWORD);
        WebElement bloc = browser.byId("suivi-convocations");
        assertThat(bloc.getText()).contains("Candidats à convoquer").contains("pas encore convoqué")
                .contains("Les convocations sont à envoyer jusqu’au");
        assertThat(browser.byId("lien-candidats").getAttribute("href")).endsWith("/lycee/candidats.xhtml");
        assertThat(browser.byId("suivi-candidats").getText()).contains("Collège Jean Jaurès");
        assertThat(bloc.getLocation().getY()).as("au-dessus des tuiles")
                .isLessThan(browser.byId("etapes").getLocation().getY());
        capture("lycee-tableau-de-bord-suivi");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.byId("logout-form:logout").click();

        browser.login("admin.creteil", PASSWORD);
        browser.byId("lien-suivi-convocations").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Suivi des convocations par lycée");
        String tableau = browser.byId("suivi-lycees").getText();
        assertThat(tableau).contains("Lycée professionnel Jean Lurçat").contains("Candidats").contains("À convoquer");
        assertThat(browser.byId("suivi-synthese").getText()).contains("candidats").contains("à convoquer");
        capture("academie-suivi-convocations");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    /** « convocationId;nom;identifiant du second collège », made inside Payara. */
    private static String[] creerConvocation() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.BASE + "/test/convocation")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip().split(";");
    }

    private WebElement bouton(long id, String nom) {
        return browser.driver.findElement(By.cssSelector("#convocation-" + id + " button[id$=':" + nom + "']"));
    }

    private void submit(WebElement button) {
        browser.submit(button);
    }

    private String messages() {
        return browser.byId("messages").getText();
    }

    private void voir(String id) {
        browser.scrollTo(id);
    }

    /** In the report's screenshots and in /tmp, to look at. */
    private void capture(String nom) throws IOException {
        browser.screenshot(nom);
        Path dir = Path.of(System.getProperty("passpro.screenshots", "target/screenshots"));
        Files.copy(dir.resolve(nom + ".png"), Path.of("/tmp/h-college-" + nom + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
