package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import fr.passpro.it.Deployments;

/**
 * The académie's administration in a real Chromium: it finds the Lycée Jean Lurçat, reads what it has in Passpro and
 * corrects its phone (a bad one refused with a French message), then finds that correction in the audit journal,
 * filtered by the lycée's UAI, with its author and what changed. The information notice for families is public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationAcademieBrowserIT {

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
    void theAdminCorrectsALyceesPhoneAndFindsTheChangeInTheJournal() throws IOException {
        browser.open("/donnees-personnelles.xhtml");
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Vos données dans Passpro");
        assertThat(browser.driver.getPageSource()).contains("aucun bonus dans Affelnet-Lycée");

        browser.login("admin.creteil", "Passpro2027!");
        browser.byId("nav-etablissements").click();
        browser.byId("recherche:texte").sendKeys("0940132H");
        browser.submit(browser.byId("recherche:rechercher"));
        assertThat(browser.byId("nombre").getText()).isEqualTo("1 établissement");
        browser.submit(browser.driver.findElement(By.cssSelector("#etablissements a.fr-link")));
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Lycée professionnel Jean Lurçat");
        assertThat(browser.byId("comptes").getText()).contains("lp.lurcat");

        browser.byId("contact-form:telephone").clear();
        browser.byId("contact-form:telephone").sendKeys("12");
        browser.submit(browser.byId("contact-form:enregistrer"));
        assertThat(browser.byId("messages").getText()).contains("n'est pas un numéro valide");
        String telephone = "01 48 " + (10 + (int) (Math.random() * 89)) + " 20 30";
        browser.byId("contact-form:telephone").clear();
        browser.byId("contact-form:telephone").sendKeys(telephone);
        browser.submit(browser.byId("contact-form:enregistrer"));
        assertThat(browser.byId("messages").getText()).contains("Coordonnées de Lycée professionnel Jean Lurçat enregistrées");
        capture("academie-etablissement");

        browser.byId("nav-journal").click();
        browser.byId("filtres:etablissement").sendKeys("0940132H");
        browser.byId("filtres:personne").sendKeys("admin.creteil");
        browser.submit(browser.byId("filtres:rechercher"));
        assertThat(browser.byId("liste:journal").getText()).contains("Modification")
                .as("the staff's name, a readable address, a French object and date").contains("Claire Martin")
                .contains("(cette machine)").doesNotContain("0:0:0:0:0:0:0:1").contains("établissement n° ")
                .containsPattern("\\d{1,2} [a-zéû]+ \\d{4} à \\d{2}:\\d{2}:\\d{2}")
                .contains("téléphone : (vide) → " + telephone).contains("Lycée professionnel Jean Lurçat");
        capture("academie-journal");
        assertThat(browser.javascriptErrors()).isEmpty();
        assertThat(browser.pagesAuditees()).as("axe-core a vérifié chaque page visitée").isGreaterThanOrEqualTo(4);
    }

    /** The whole page, in a window as tall as it. */
    private void capture(String nom) throws IOException {
        org.openqa.selenium.Dimension avant = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
        browser.screenshot(nom);
        browser.driver.manage().window().setSize(avant);
        Path dir = Path.of(System.getProperty("passpro.screenshots", "target/screenshots"));
        Files.copy(dir.resolve(nom + ".png"), Path.of("/tmp/h-" + nom + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
