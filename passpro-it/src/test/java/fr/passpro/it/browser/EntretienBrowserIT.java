package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;
import fr.passpro.it.support.TextePdf;

/**
 * After the interview, in a real Chromium: the lycée finds its candidate in the list, enters the presence, is refused
 * an empty compte rendu, then saves the compte rendu with an avis on the vœu and on a formation the pupil preferred,
 * and corrects it (the history keeps the version before). The collège reads the compte rendu and both avis on the
 * inscription and downloads the fiche récapitulative of the pupil and of the class: the PDF's text holds them, accents
 * included. The data is made inside Payara by {@link EntretienDeTest}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntretienBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    private static final String COMPTE_RENDU = "Éloïse connaît bien le métier : stage d’observation réussi en épicerie.";
    private static final String CONSEIL = "Conseil : venir à la journée portes ouvertes du lycée, où l’élève verra l’atelier.";

    private static CampagneDeTest campagne;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.passpro();
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE).addClasses(EntretienDeTest.class,
                EntretienDeTest.Fabrique.class);
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
    void theLyceeEntersTheCompteRenduAndTheCollegeDownloadsTheFiche() throws Exception {
        String[] jeu = creerEntretien();
        long inscription = Long.parseLong(jeu[0]);
        String nom = jeu[1];
        String eleve = "Éloïse " + nom;
        long eleveId = Long.parseLong(jeu[2]);
        String classe = jeu[3];

        browser.login("lp.lurcat", PASSWORD);
        browser.byId("nav-candidats").click();
        browser.byId("filtres:texte").sendKeys(nom);
        browser.byId("filtres:rechercher").click();
        browser.waitFor().until(d -> d.findElement(By.id("nombre-candidats")).getText().contains("1 candidat"));
        WebElement lien = browser.waitFor().until(d -> d.findElement(By.cssSelector("a[id$=':entretien']")));
        assertThat(lien.getText()).isEqualTo("Saisir l’entretien");
        browser.submit(lien);

        assertThat(browser.byId("titre-page").getText())
                .isEqualTo("Entretien d’" + eleve + " – Métiers de la relation client");
        assertThat(browser.byId("seance").getText()).contains("Salle E");
        assertThat(browser.driver.findElements(By.id("retour-form"))).as("compte rendu après la présence").isEmpty();
        browser.byId("presence-form:presence:0").click();
        browser.submit(browser.byId("presence-form:enregistrer-presence"));
        assertThat(messages()).contains("Présence d’" + eleve + " enregistrée : présent(e). Saisissez maintenant");
        assertThat(browser.byId("statut").getAttribute("textContent")).isEqualTo("Entretien passé");

        // Bad input: an empty compte rendu is refused, nothing is saved.
        browser.byId("retour-form:voeux:0:avis:0").click();
        browser.submit(browser.byId("retour-form:enregistrer-retour"));
        assertThat(messages()).contains("Le compte rendu de l'entretien d’" + eleve + " est obligatoire");
        assertThat(browser.byId("statut").getAttribute("textContent")).isEqualTo("Entretien passé");

        browser.byId("retour-form:compte-rendu").sendKeys(COMPTE_RENDU);
        browser.byId("retour-form:voeux:0:avis:0").click();
        new Select(browser.byId("retour-form:formation-ajoutee")).selectByVisibleText(
                "Métiers de l'accueil (2de professionnelle, Lycée professionnel Jean Lurçat)");
        browser.byId("retour-form:avis-ajout:1").click();
        capture("lycee-entretien-saisie");
        browser.submit(browser.byId("retour-form:enregistrer-retour"));
        assertThat(messages()).contains("Compte rendu et avis d’" + eleve + " enregistrés : le collège est prévenu");
        assertThat(browser.byId("statut").getAttribute("textContent")).isEqualTo("Avis reçus");
        assertThat(browser.byId("voeu-2").getAttribute("textContent")).contains("Métiers de l'accueil")
                .contains("Ajouté à l’entretien");

        // A correction: the history keeps what was there before.
        browser.byId("retour-form:compte-rendu").sendKeys("\n" + CONSEIL);
        browser.submit(browser.byId("retour-form:enregistrer-retour"));
        assertThat(messages()).contains("Compte rendu et avis d’" + eleve + " enregistrés");
        String historique = browser.byId("historique").getText();
        assertThat(historique).contains("Compte rendu").contains("Avant : " + COMPTE_RENDU).contains(CONSEIL)
                .contains("lp.lurcat");
        capture("lycee-entretien-enregistre");
        browser.scrollTo("titre-historique");
        capture("lycee-entretien-historique");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.byId("logout-form:logout").click();

        browser.login("referent.jaures", PASSWORD);
        browser.open("/college/inscription.xhtml?id=" + inscription);
        assertThat(browser.byId("retour-compte-rendu").getText()).contains(COMPTE_RENDU).contains(CONSEIL);
        String avis = browser.byId("retour-avis").getAttribute("textContent");
        assertThat(avis).contains("Métiers du commerce et de la vente").contains("Favorable")
                .contains("Métiers de l'accueil").contains("Assez favorable").contains("Ajoutée à l’entretien")
                .contains("Sans objet");
        browser.scrollTo("titre-retour");
        capture("college-inscription-retour");
        WebElement fiche = browser.byId("fiche-recapitulative");
        assertThat(fiche.getAttribute("href")).endsWith("/college/fiche-recapitulative?eleve=" + eleveId);

        String texte = pdf(fiche.getAttribute("href"));
        assertThat(texte).contains("Fiche récapitulative").contains(eleve).contains("Collège Jean Jaurès")
                .contains("Lycée professionnel Jean Lurçat").contains(COMPTE_RENDU).contains(CONSEIL)
                .contains("Favorable").contains("Assez favorable").contains("Métiers de l'accueil")
                .contains("Affelnet");

        browser.byId("nav-fiches").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Fiches récapitulatives pour les familles");
        WebElement ligne = browser.driver.findElement(By.xpath("//table[@id='classes']//tr[th[normalize-space()='"
                + classe + "']]"));
        assertThat(ligne.getText()).contains("1 / 1");
        String classeHref = ligne.findElement(By.cssSelector("a.pp-fiche-classe")).getAttribute("href");
        assertThat(classeHref).endsWith("/college/fiche-recapitulative?classe="
                + URLEncoder.encode(classe, StandardCharsets.UTF_8));
        assertThat(pdf(classeHref)).contains(eleve).contains(CONSEIL);
        capture("college-fiches");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    /** Downloads a PDF with the browser's session and returns its text, spaces and line breaks collapsed. */
    private String pdf(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return TextePdf.texte(response.body());
    }

    /** « inscriptionId;nom;eleveId;classe », made inside Payara. */
    private static String[] creerEntretien() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.BASE + "/test/entretien")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip().split(";");
    }

    private String messages() {
        return browser.byId("messages").getText();
    }

    /** In the report's screenshots and in /tmp, to look at. */
    private void capture(String nom) throws IOException {
        browser.screenshot(nom);
        Path dir = Path.of(System.getProperty("passpro.screenshots", "target/screenshots"));
        Files.copy(dir.resolve(nom + ".png"), Path.of("/tmp/h-entretien-" + nom + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
