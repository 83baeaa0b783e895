package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFile;

/**
 * The académie admin imports a catalogue file on the import page and follows it to the end. The file names lycées of
 * the académie de Créteil (département 094) created for this test, and one bad line so that the report appears.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportCatalogueBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
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
        assertThat(browser.byId("resume-lues").getText()).isEqualTo("21 / 21");
        assertThat(browser.byId("resume-desactivees").getText()).as("le catalogue de démonstration reste").isEqualTo("0");
        assertThat(browser.byId("resume-rejetees").getText()).isEqualTo("1");
        assertThat(browser.byId("resume-creees").getText()).isEqualTo("14");
        assertThat(browser.byId("resume-message").getText()).contains("14 formation(s) créée(s)");
        assertThat(browser.byId("suivi-form:telecharger-rejets").getText())
                .isEqualTo("Télécharger le rapport des lignes rejetées");
        assertThat(browser.driver.findElement(By.id("suivi-form:table-derniers")).getText()).containsIgnoringCase("Terminé");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.screenshot("import-catalogue-termine");
        Files.deleteIfExists(xlsx);
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
