package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFile;
import fr.passpro.it.support.GreenMail;

/**
 * The académie admin imports a catalogue file on the import page and follows it to the end. The file names lycées of
 * the académie de Créteil (département 094) created for this test, and one bad line so that the report appears.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportCatalogueBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.passpro();
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE).addClasses(RetraitDeTest.class,
                RetraitDeTest.Fabrique.class);
        return ear;
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
    void theAdminUploadsAFileAndFollowsTheImportToItsSummary() throws Exception {
        CatalogueFile file = new CatalogueFile().addDemoCatalogue();
        for (int n = 1; n <= 14; n++) {
            String[] row = file.valid(n);
            row[1] = "94";
            row[2] = "Créteil";
            row[3] = CatalogueFile.uai("094" + row[3].substring(3, 7));
            file.add(row);
        }
        file.add(file.with(21, 10, "Visioconférence"));
        Path xlsx = Files.createTempFile("catalogue-", ".xlsx");
        Files.write(xlsx, file.xlsx());

        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/import-catalogue.xhtml");
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Import du catalogue des formations");
        assertThat(browser.byId("modele-form:modele").getText()).isEqualTo("Télécharger le modèle Excel");
        browser.screenshot("import-catalogue-vide");

        browser.driver.findElement(By.cssSelector("#import-form input[type='file']")).sendKeys(xlsx.toString());
        browser.byId("import-form:lancer").click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(By.id("resume-statut")).isEmpty()
                && d.findElement(By.id("resume-statut")).getText().equalsIgnoreCase("Terminé"));
        assertThat(browser.byId("suivi-form:progression").getText()).contains("100");
        assertThat(browser.byId("bandeau-texte").getText()).startsWith("Import de « " + xlsx.getFileName())
                .doesNotContain("suivez sa progression");
        assertThat(browser.byId("resume-lues").getText()).isEqualTo("21 / 21");
        assertThat(browser.byId("resume-retirees").getText()).as("le catalogue de démonstration reste").isEqualTo("0");
        assertThat(browser.byId("resume-rejetees").getText()).isEqualTo("1");
        assertThat(browser.byId("resume-creees").getText()).isEqualTo("14");
        assertThat(browser.byId("resume-message").getText()).contains("14 formation(s) créée(s)")
                .doesNotContain("désactivée");
        assertThat(browser.byId("resume-alertes").getText()).isEqualTo("0");
        assertThat(browser.byId("suivi-form:telecharger-rejets").getText())
                .isEqualTo("Télécharger le rapport des lignes rejetées");
        assertThat(browser.driver.findElement(By.id("suivi-form:table-derniers")).getText()).containsIgnoringCase("Terminé");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.scrollTo("titre-suivi");
        browser.screenshot("import-catalogue-termine");
        Files.deleteIfExists(xlsx);
    }

    @Test
    void withdrawingAFormationPupilsAskForNeedsTheAdminsConfirmationAndTellsTheCollegeAndTheLycee() throws Exception {
        String[] jeu = creerRetrait();
        String libelle = jeu[1];
        String eleve = jeu[2];
        long inscription = Long.parseLong(jeu[3]);
        String mailReferent = jeu[4];
        String boiteLycee = jeu[5];
        Path xlsx = Files.createTempFile("catalogue-demo-", ".xlsx");
        Files.write(xlsx, new CatalogueFile().addDemoCatalogue().xlsx());   // the formation is no longer listed

        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/import-catalogue.xhtml");
        browser.driver.findElement(By.cssSelector("#import-form input[type='file']")).sendKeys(xlsx.toString());
        browser.byId("import-form:lancer").click();
        assertThat(browser.byId("bandeau-texte").getText()).startsWith("Import de « " + xlsx.getFileName() + " »");

        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("resume-statut")).isEmpty()
                        && d.findElement(By.id("resume-statut")).getText().equalsIgnoreCase("Terminé"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("suivi-form:table-retraits")).getText().contains(libelle));
        assertThat(browser.byId("bandeau-texte").getText()).contains("terminé")
                .contains("demandées par des élèves : elles restent au catalogue jusqu’à votre décision")
                .doesNotContain("suivez sa progression");
        assertThat(Integer.parseInt(browser.byId("resume-avec-voeux").getText())).isPositive();
        WebElement ligne = ligneDe(libelle);
        assertThat(ligne.getText()).contains("Lycée professionnel Jean Lurçat").contains(jeu[0]);
        browser.scrollTo("titre-retraits");
        browser.screenshot("import-catalogue-decision");

        browser.submit(ligne.findElement(By.cssSelector("button[id$=':confirmer-retrait']")));

        assertThat(browser.byId("messages").getText()).contains("Formation retirée du catalogue : 1 vœu(x) marqué(s)");
        assertThat(browser.byId("suivi-form:table-retraits").getText()).doesNotContain(libelle);
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.screenshot("import-catalogue-retrait-confirme");
        browser.byId("logout-form:logout").click();

        browser.login("chef.jaures", "Passpro2027!");
        browser.open("/college/inscription.xhtml?id=" + inscription);
        assertThat(browser.byId("voeu-1").getText()).contains(libelle)
                .containsIgnoringCase("Formation retirée du catalogue"); // a badge, in capitals
        browser.scrollTo("titre-voeux");
        browser.screenshot("college-voeu-formation-retiree");
        browser.byId("logout-form:logout").click();

        browser.login("lp.lurcat", "Passpro2027!");
        browser.byId("nav-candidats").click();
        browser.byId("filtres:texte").sendKeys(eleve);
        browser.byId("filtres:rechercher").click();
        browser.waitFor().until(d -> d.findElement(By.id("nombre-candidats")).getText().contains("1 candidat"));
        assertThat(browser.driver.findElement(By.cssSelector(".pp-voeu__retiree")).getText())
                .isEqualToIgnoringCase("Formation retirée du catalogue");
        browser.screenshot("lycee-candidat-formation-retiree");

        GreenMail.attendre(mailReferent, eleve, Duration.ofSeconds(150));
        GreenMail.attendre(boiteLycee, eleve, Duration.ofSeconds(150));
        Files.deleteIfExists(xlsx);
    }

    @Test
    void anEmptyFileOrARefusedImportIsSaidAsSuch() throws Exception {
        Path vide = Files.createTempFile("catalogue-vide-", ".xlsx");
        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/import-catalogue.xhtml");
        browser.driver.findElement(By.cssSelector("#import-form input[type='file']")).sendKeys(vide.toString());
        browser.byId("import-form:lancer").click();
        assertThat(browser.byId("import-form:import-messages").getText()).contains("« " + vide.getFileName()
                + " » est vide (0 octet)").doesNotContain("Choisissez d’abord");
        browser.scrollTo("titre-depot");
        browser.screenshot("import-catalogue-fichier-vide");

        CatalogueFile file = new CatalogueFile();
        for (int n = 1; n <= 4; n++) {
            String[] row = file.with(n, 10, n <= 2 ? "Visio" : "Individuel");
            row[1] = "94";
            row[3] = CatalogueFile.uai("094" + row[3].substring(3, 7));
            file.add(row);
        }
        Path refuse = Files.createTempFile("catalogue-refuse-", ".xlsx");
        Files.write(refuse, file.xlsx());
        browser.driver.findElement(By.cssSelector("#import-form input[type='file']")).sendKeys(refuse.toString());
        browser.byId("import-form:lancer").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("resume-statut")).isEmpty()
                        && d.findElement(By.id("resume-statut")).getText().equalsIgnoreCase("Refusé"));
        assertThat(browser.driver.findElements(By.id("suivi-form:progression"))).as("pas de barre « 100 % »").isEmpty();
        assertThat(browser.byId("bandeau").getAttribute("class")).contains("fr-alert--error");
        assertThat(browser.byId("bandeau-texte").getText()).contains("refusé : le catalogue n’a pas été modifié");
        assertThat(browser.byId("resume-message").getText()).contains("2 lignes rejetées sur 4");
        browser.scrollTo("titre-suivi");
        browser.screenshot("import-catalogue-refuse-seuil");
        Files.deleteIfExists(vide);
        Files.deleteIfExists(refuse);
    }

    /** The row of the decisions table that names this formation. */
    private WebElement ligneDe(String libelle) {
        return browser.driver.findElements(By.cssSelector("[id='suivi-form:table-retraits'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(libelle)).findFirst()
                .orElseThrow(() -> new AssertionError("aucune ligne pour " + libelle));
    }

    private static String[] creerRetrait() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Browser.BASE + "/test/retrait")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip().split(";");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithAFrenchMessage() throws Exception {
        Path fake = Files.createTempFile("catalogue-", ".csv");
        Files.write(fake, new byte[] {0, 1, 2, 3, 0, 0, 7});

        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/import-catalogue.xhtml");
        browser.driver.findElement(By.cssSelector("#import-form input[type='file']")).sendKeys(fake.toString());
        browser.byId("import-form:lancer").click();

        assertThat(browser.byId("import-form:import-messages").getText()).contains("ni un classeur Excel");
        browser.screenshot("import-catalogue-refuse");
        Files.deleteIfExists(fake);
    }
}
