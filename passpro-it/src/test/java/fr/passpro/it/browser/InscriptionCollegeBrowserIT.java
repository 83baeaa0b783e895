package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;

/**
 * The collège side of the inscriptions in a real Chromium: the référente registers a pupil she has just created with
 * two vœux of one domaine, the chef d'établissement gives the avis d'origine on both, the dashboard shows it; a
 * collège user who types another collège's pupil or inscription id in the address gets HTTP 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InscriptionCollegeBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    private static final String DOMAINE = "Métiers de la relation client";

    private static CampagneDeTest campagne;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    @BeforeAll
    static void inscriptionsOuvertes() throws Exception {
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
    void theReferenteRegistersAPupilWithTwoVoeuxAndTheChefGivesTheAvisDOrigine() {
        String suffixe = UUID.randomUUID().toString().substring(0, 6);
        String nom = "Testeleve" + Character.toUpperCase(suffixe.charAt(0)) + suffixe.substring(1);
        browser.login("referent.jaures", PASSWORD);

        // A personne référente of her own, so that the test does not depend on others.
        browser.byId("nav-referents").click();
        browser.byId("referent:nom").sendKeys("Référente" + suffixe);
        browser.byId("referent:prenom").sendKeys("Anne");
        browser.byId("referent:email").sendKeys("anne.ref" + suffixe + "@ac-creteil.fr");
        submit("referent:ajouter");
        assertThat(messages()).contains("est désormais personne référente");
        assertThat(browser.byId("liste-referents:referents").getText()).contains("anne.ref" + suffixe + "@ac-creteil.fr");
        browser.screenshot("college-referents");

        // The pupil, then the same pupil again: the likely duplicate is shown before anything is created.
        browser.byId("nav-eleves").click();
        assertThat(browser.byId("periode").getText()).contains("ouverts jusqu'au");
        browser.screenshot("college-eleves");
        browser.byId("ajouter-eleve").click();
        remplirEleve(nom, "Inès", "04/03/2012", "3e B");
        browser.screenshot("college-eleve-nouveau");
        submit("eleve:enregistrer");
        assertThat(messages()).contains("Inès " + nom + " a été ajouté(e)");
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Inès " + nom);
        String eleveUrl = browser.driver.getCurrentUrl();

        browser.byId("nav-eleves").click();
        browser.byId("ajouter-eleve").click();
        remplirEleve(nom.toUpperCase(), "ines", "04/03/2012", "3e C");
        submit("eleve:enregistrer");
        assertThat(browser.byId("doublon-alerte").getText()).contains("peut-être déjà enregistré")
                .contains(nom + " Inès, né(e) le 04/03/2012, 3e B");
        browser.screenshot("college-eleve-doublon");
        submit("doublon:annuler");
        assertThat(browser.byId("eleve:nom").getAttribute("value")).isEqualTo(nom.toUpperCase());

        // The inscription: domaine, lycée accueil-référent, two formations of that domaine, the référente.
        browser.driver.get(eleveUrl);
        browser.byId("inscrire-eleve").click();
        assertThat(new Select(browser.byId("inscrire:eleve")).getFirstSelectedOption().getText()).startsWith(nom + " Inès");
        new Select(browser.byId("inscrire:domaine")).selectByVisibleText(DOMAINE);
        WebElement lycee = browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("inscrire:lycee")));
        new Select(lycee).selectByVisibleText("Lycée professionnel Jean Lurçat (Saint-Maur-des-Fossés)");
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("inscrire:formations:1")));
        assertThat(browser.byId("inscrire:choix-formations").getText())
                .contains("Métiers de l'accueil").contains("Métiers du commerce et de la vente")
                .doesNotContain("Boulanger").doesNotContain("Équipier polyvalent");
        // Issue 18: ticked in the pupil's order of preference (commerce, then accueil), ranked in that order.
        browser.byId("inscrire:formations:1").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inscrire:ordre-voeux"),
                "Vœu 1 : Métiers du commerce et de la vente"));
        browser.byId("inscrire:formations:0").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inscrire:ordre-voeux"),
                "Vœu 2 : Métiers de l'accueil"));
        assertThat(browser.byId("inscrire:ordre-voeux").getText())
                .contains("Vœu 1 : Métiers du commerce et de la vente");
        new Select(browser.byId("inscrire:referent")).selectByVisibleText("Anne Référente" + suffixe + " (anne.ref"
                + suffixe + "@ac-creteil.fr)");
        browser.screenshot("college-inscrire");
        submit("inscrire:valider");
        assertThat(messages()).contains("est inscrit(e) dans le domaine « " + DOMAINE + " » avec 2 formations demandées");
        assertThat(browser.byId("statut").getText()).isEqualToIgnoringCase("Inscrite");
        assertThat(browser.byId("voeu-1-titre").getText()).isEqualTo("Vœu 1 : Métiers du commerce et de la vente");
        assertThat(browser.byId("voeu-2-titre").getText()).isEqualTo("Vœu 2 : Métiers de l'accueil");
        assertThat(browser.driver.findElements(By.id("avis:voeux:0:monter"))).as("le vœu 1 ne monte pas").isEmpty();
        voir("titre-voeux");
        browser.screenshot("college-inscription-ordre-avant");
        // The pupil changes her mind: accueil goes up to vœu 1, saved, shown and in the history.
        String pageInscription = browser.driver.getCurrentUrl();
        submit("avis:voeux:1:monter");
        assertThat(messages()).contains("« Métiers de l'accueil » est maintenant le vœu 1.");
        assertThat(browser.byId("voeu-1-titre").getText()).isEqualTo("Vœu 1 : Métiers de l'accueil");
        assertThat(browser.byId("voeu-2-titre").getText()).isEqualTo("Vœu 2 : Métiers du commerce et de la vente");
        assertThat(browser.byId("historique").getText()).contains("Ordre des vœux");
        browser.driver.get(pageInscription);
        assertThat(browser.byId("voeu-1-titre").getText()).isEqualTo("Vœu 1 : Métiers de l'accueil");
        voir("titre-voeux");
        browser.screenshot("college-inscription-ordre-apres");
        assertThat(browser.byId("avis-lecture-seule").getText()).contains("Seul le chef d'établissement");
        assertThat(browser.driver.findElements(By.id("avis:voeux:0:commentaire"))).as("pas de saisie d'avis").isEmpty();
        assertThat(browser.byId("voeu-1-avis").getText()).isEqualTo("Pas encore donné");
        String inscriptionUrl = browser.driver.getCurrentUrl();
        browser.screenshot("college-inscription-referente");

        // Another personne référente of the collège takes over, chosen by name in the list.
        Select referents = new Select(browser.byId("changer-referent:nouveau-referent"));
        assertThat(referents.getOptions()).extracting(WebElement::getText)
                .contains("Samira Benali (samira.benali@ac-creteil.fr)")
                .noneMatch(t -> t.startsWith("("));
        referents.selectByVisibleText("Samira Benali (samira.benali@ac-creteil.fr)");
        submit("changer-referent:changer");
        assertThat(messages()).contains("La personne référente d’").contains("a été changée");
        assertThat(browser.byId("referent").getText()).startsWith("Samira Benali");
        assertThat(new Select(browser.byId("changer-referent:nouveau-referent")).getFirstSelectedOption().getText())
                .startsWith("Samira Benali");

        browser.byId("nav-college").click();
        assertThat(browser.byId("liste-sans-avis").getText()).contains("Inès " + nom + " – " + DOMAINE + " (2 vœux à compléter)");
        browser.byId("nav-inscriptions").click();
        assertThat(browser.byId("liste:inscriptions").getText()).contains(nom + " Inès").contains("0 sur 2");
        voir("filtre");
        browser.screenshot("college-inscriptions");
        assertThat(browser.javascriptErrors()).isEmpty();
        logout();

        // The chef gives the avis d'origine on both vœux; a missing commentaire is refused.
        browser.login("chef.jaures", PASSWORD);
        browser.driver.get(inscriptionUrl);
        choisirAvis(0, "FAVORABLE");
        submit("avis:voeux:0:enregistrer-avis");
        assertThat(messages()).contains("Le commentaire sur l'implication et la motivation de l'élève est obligatoire");
        voir("titre-voeux");
        browser.screenshot("college-inscription-chef-commentaire-manquant");
        choisirAvis(0, "FAVORABLE");
        browser.byId("avis:voeux:0:commentaire").sendKeys("Très motivée, a visité le lycée lors des portes ouvertes.");
        submit("avis:voeux:0:enregistrer-avis");
        assertThat(messages()).contains("Avis d'origine enregistré pour la formation « Métiers de l'accueil »");
        choisirAvis(1, "ASSEZ_FAVORABLE");
        browser.byId("avis:voeux:1:commentaire").sendKeys("Projet encore à préciser sur la vente.");
        submit("avis:voeux:1:enregistrer-avis");
        assertThat(messages()).contains("« Métiers du commerce et de la vente »");
        assertThat(browser.byId("historique").getText()).contains("Avis d'origine").contains("Philippe Durand").doesNotContain("chef.jaures")
                .contains("Favorable : Très motivée").contains("Assez favorable : Projet encore à préciser");
        voir("titre-voeux");
        browser.screenshot("college-inscription-chef");
        voir("titre-historique");
        browser.screenshot("college-inscription-historique");

        browser.byId("nav-college").click();
        assertThat(browser.byId("manque-avis").getText()).doesNotContain(nom);
        assertThat(Long.parseLong(browser.driver.findElement(By.cssSelector("#compteur-inscrite .pp-compteur__nombre"))
                .getText())).isPositive();
        voir("titre-chiffres");
        browser.screenshot("college-tableau-de-bord");
        assertThat(browser.javascriptErrors()).isEmpty();
        logout();

        // The référente sees the avis read-only, then withdraws the inscription after a confirmation.
        browser.login("referent.jaures", PASSWORD);
        browser.driver.get(inscriptionUrl);
        assertThat(browser.byId("voeu-1-avis").getText()).isEqualTo("Favorable");
        assertThat(browser.byId("voeu-2-avis").getText()).isEqualTo("Assez favorable");
        assertThat(browser.byId("voeu-1-commentaire").getText()).isEqualTo("Très motivée, a visité le lycée lors des portes ouvertes.");
        submit("retrait:retirer");
        assertThat(browser.byId("retrait:confirmation-retrait").getText()).contains("Confirmez-vous le retrait");
        voir("titre-gestion");
        browser.screenshot("college-inscription-retrait-confirmation");
        submit("retrait:confirmer-retrait");
        assertThat(browser.byId("statut").getText()).isEqualToIgnoringCase("Retirée");
        assertThat(browser.byId("historique").getText()).contains("Retrait de l'inscription");
        assertThat(browser.driver.findElements(By.id("retrait:retirer"))).isEmpty();
        browser.screenshot("college-inscription-retiree");
    }

    @Test
    void aListOfPupilsIsImportedAndEveryLineNotImportedSaysWhy() throws Exception {
        String suffixe = UUID.randomUUID().toString().substring(0, 6);
        Path fichier = Files.createTempFile("eleves", ".csv");
        Files.writeString(fichier, "Nom;Prénom;Date de naissance;Classe;Dispositif;INE\n"
                + "Import" + suffixe + ";Karim;01/06/2012;3e A;3e;\n"
                + "Import" + suffixe + ";Léa;29/02/2012;3e B;3e SEGPA;\n"
                + "Lycéen" + suffixe + ";Jean;01/06/2010;2de 1;2de;\n"
                + "Import" + suffixe + ";Noa;31/02/2012;3e A;3e;\n", StandardCharsets.UTF_8);
        browser.login("referent.jaures", PASSWORD);
        browser.open("/college/import-eleves.xhtml");
        browser.driver.findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(fichier.toString());
        submit("import-form:importer");

        assertThat(browser.byId("import-bilan").getText()).contains("2 élèves créés").contains("2 lignes non importées");
        String rejets = browser.byId("import-rejets").getText();
        assertThat(rejets).contains("4").contains("ne relève pas de Passpro");
        assertThat(rejets).contains("5").contains("31/02/2012");
        browser.screenshot("college-import-eleves");
        browser.byId("voir-eleves").click();
        assertThat(browser.byId("liste:eleves").getText()).contains("Import" + suffixe + " Karim").contains("Import" + suffixe + " Léa");
        Files.delete(fichier);
    }

    @Test
    void aCollegeUserWhoTypesAnotherCollegesIdGets403() throws Exception {
        long autreEleve = campagne.eleveDUnAutreCollege("Autrecollege" + UUID.randomUUID().toString().substring(0, 6));
        browser.login("referent.jaures", PASSWORD);

        browser.open("/college/eleve.xhtml?id=" + autreEleve);
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Accès refusé").doesNotContain("Lina");
        browser.screenshot("college-eleve-autre-college-403");

        HttpClient http = HttpClient.newHttpClient();
        for (String page : new String[] { "/college/eleve.xhtml?id=", "/college/inscrire.xhtml?eleve=" }) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + page + autreEleve))
                    .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("Accès refusé").doesNotContain("Lina");
        }
        HttpResponse<String> inconnue = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE
                + "/college/inscription.xhtml?id=999999999")).header("Cookie", "JSESSIONID=" + browser.sessionId()).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inconnue.statusCode()).isEqualTo(404);

        Path serverLog = Path.of(System.getProperty("passpro.projectDir", "..")).resolve(
                ".payara/payara6/glassfish/domains/passpro-test/logs/server.log");
        assertThat(Files.readString(serverLog, StandardCharsets.UTF_8)).as("ligne d'audit du refus")
                .contains("audit : accès refusé à l'élève n° " + autreEleve + " pour referent.jaures");
    }

    @Test
    void afterTheCutOffThePagesAreReadOnlyAndSayUntilWhenTheyWereOpen() throws Exception {
        campagne.fermerLesInscriptions();
        try {
            browser.login("referent.jaures", PASSWORD);
            browser.open("/college/eleves.xhtml");
            assertThat(browser.byId("periode").getText()).startsWith("Consultation seule.")
                    .contains("étaient ouverts jusqu'au").contains("inclus (heure de Paris)");
            assertThat(browser.driver.findElements(By.id("ajouter-eleve"))).isEmpty();
            browser.screenshot("college-eleves-lecture-seule");
            browser.open("/college/inscrire.xhtml");
            assertThat(browser.driver.findElements(By.id("inscrire:valider"))).isEmpty();
            browser.open("/college/eleve.xhtml");
            assertThat(browser.byId("eleve:nom").isEnabled()).isFalse();
            assertThat(browser.driver.findElements(By.id("eleve:enregistrer"))).isEmpty();
        } finally {
            campagne.ouvrirLesInscriptions();
        }
    }

    private void remplirEleve(String nom, String prenom, String dateNaissance, String classe) {
        browser.byId("eleve:nom").clear();
        browser.byId("eleve:nom").sendKeys(nom);
        browser.byId("eleve:prenom").clear();
        browser.byId("eleve:prenom").sendKeys(prenom);
        browser.byId("eleve:dateNaissance").clear();
        browser.byId("eleve:dateNaissance").sendKeys(dateNaissance);
        browser.byId("eleve:classe").clear();
        browser.byId("eleve:classe").sendKeys(classe);
        new Select(browser.byId("eleve:dispositif")).selectByVisibleText("3e");
    }

    private void choisirAvis(int voeu, String avis) {
        browser.driver.findElement(By.cssSelector("input[name='avis:voeux:" + voeu + ":avis'][value='" + avis + "']")).click();
    }

    /** Clicks a full-page submit button and waits for the next page. */
    private void submit(String id) {
        WebElement button = browser.byId(id);
        button.click();
        browser.waitFor().until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium says "node does not belong to the document" once the next page replaced it; else retry.
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
        browser.waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    /** Scrolls so that the element is at the top of the screenshot. */
    private void voir(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);",
                browser.byId(id));
    }

    /** The page's global messages, once there are some. */
    private String messages() {
        try {
            return browser.waitFor().until(d -> {
                String text = d.findElement(By.id("messages")).getText();
                return text.isBlank() ? null : text;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("echec-messages-" + System.currentTimeMillis());
            throw new AssertionError("Aucun message sur " + browser.driver.getCurrentUrl() + " : "
                    + browser.driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    private void logout() {
        browser.byId("logout-form:logout").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }
}
