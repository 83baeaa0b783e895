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
import org.openqa.selenium.WebElement;

import fr.passpro.it.Deployments;

/**
 * The académie's page of its campagnes in a real Chromium: the current campagne with its state and what it allows, its
 * calendar with the date that falls on a bank holiday flagged, and a calendar out of order refused with a French
 * message that names the two dates, nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampagnesBrowserIT {

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
    void theAdminSeesTheCampagneStateAndAnOutOfOrderCalendarIsRefused() throws IOException {
        browser.login("admin.creteil", "Passpro2027!");
        browser.byId("nav-campagnes").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Campagnes de l’académie");
        String tableau = browser.byId("liste:campagnes").getText();
        assertThat(tableau).contains("2026-2027").contains("Ce que l’état permet");
        assertThat(browser.byId("titre-calendrier").getText()).isEqualTo("Calendrier de la campagne 2026-2027");
        assertThat(browser.byId("alertes-calendrier").getText())
                .contains("La date limite des convocations tombe un jour férié (lundi 17 mai 2027)");
        capture("academie-campagnes");

        WebElement cloture = browser.byId("calendrier:cloture");
        String avant = cloture.getAttribute("value");
        cloture.clear();
        cloture.sendKeys("30/06/2027");
        browser.submit(browser.byId("calendrier:enregistrer"));
        assertThat(browser.byId("messages").getText()).contains("La date limite des convocations (17/05/2027)"
                + " ne peut pas précéder la date de clôture des inscriptions (30/06/2027)");
        browser.open("/academie/campagnes.xhtml");
        assertThat(browser.byId("calendrier:cloture").getAttribute("value")).isEqualTo(avant);

        browser.byId("calendrier:cloture").clear();
        browser.byId("calendrier:cloture").sendKeys("31/02/2027");
        browser.submit(browser.byId("calendrier:enregistrer"));
        assertThat(browser.byId("calendrier:cloture-erreur").getText()).contains("jj/mm/aaaa");
        assertThat(browser.driver.findElements(By.id("archive"))).as("pas d'archive avant la fermeture").isEmpty();
        capture("academie-campagnes-erreur");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void theCutOffTheClosureAndThePurgeAskForAConfirmationThatSaysWhatTheyWillDo() throws IOException {
        browser.login("admin.creteil", "Passpro2027!");
        browser.open("/academie/campagnes.xhtml");

        browser.submit(browser.byId("traitements:cloture"));
        String texte = browser.byId("confirmation-texte").getText();
        assertThat(texte).startsWith("Clôturer maintenant les inscriptions de la campagne 2026-2027 ?")
                .containsPattern("\\d+ courriel\\(s\\) partiront : \\d+ lycée\\(s\\) recevront le nombre de candidats"
                        + " à convoquer, \\d+ collège\\(s\\) leur liste définitive");
        assertThat(browser.driver.findElements(By.id("traitements:cloture"))).as("un seul choix à la fois").isEmpty();
        capture("academie-campagnes-confirmation-cloture");

        browser.submit(browser.byId("traitements:annuler"));
        assertThat(browser.driver.findElements(By.id("confirmation-texte"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("traitements:liste-executions"))).as("rien n'a été lancé").isEmpty();
        assertThat(browser.byId("liste:campagnes").getText()).doesNotContain("Inscriptions closes");

        browser.submit(browser.byId("traitements:fermeture"));
        assertThat(browser.byId("confirmation-texte").getText()).startsWith("Fermer maintenant la campagne 2026-2027 ?")
                .contains("courriel(s) de bilan partiront");
        browser.submit(browser.byId("traitements:annuler"));
        assertThat(browser.driver.findElements(By.id("traitements:liste-executions"))).isEmpty();
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    /** The whole page, in a window as tall as it. */
    private void capture(String nom) throws IOException {
        org.openqa.selenium.Dimension avant = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
        browser.screenshot(nom);
        browser.driver.manage().window().setSize(avant);
        Path dir = Path.of(System.getProperty("passpro.screenshots", "target/screenshots"));
        Files.copy(dir.resolve(nom + ".png"), Path.of("/tmp/h-" + nom + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
