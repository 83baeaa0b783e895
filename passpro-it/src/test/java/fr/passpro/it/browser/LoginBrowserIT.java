package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import fr.passpro.it.Deployments;

/** Staff log in with the demo accounts in a real Chromium and land on the home page of their role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    private static final String PASSWORD = "Passpro2027!";

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

    @ParameterizedTest(name = "{0} arrive sur {1}")
    @CsvSource(delimiter = '|', value = {
            "admin.creteil   | /academie/index.xhtml | Académie de Créteil",
            "chef.jaures     | /college/index.xhtml  | Collège Jean Jaurès",
            "referent.jaures | /college/index.xhtml  | Collège Jean Jaurès",
            "lp.lurcat       | /lycee/index.xhtml    | Lycée professionnel Jean Lurçat" })
    void eachRoleLandsOnItsHomePage(String login, String home, String perimetre) {
        browser.open("/login.xhtml");
        String anonymousSession = browser.sessionId();

        browser.login(login, PASSWORD);

        assertThat(browser.driver.getCurrentUrl()).endsWith(home);
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Tableau de bord");
        assertThat(browser.byId("perimetre").getText()).contains(perimetre);
        assertThat(browser.byId("campagne-situation").getText()).startsWith("Campagne " + currentSchoolYear() + " : les inscriptions");
        assertThat(browser.sessionId()).as("nouvel identifiant de session après connexion").isNotNull().isNotEqualTo(anonymousSession);
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.screenshot("accueil-" + login);

        browser.byId("logout-form:logout").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.open(home);
        assertThat(browser.driver.getCurrentUrl()).as("après déconnexion, la page demande une connexion").contains("/login.xhtml");
    }

    /** The demo loads the campagne of the current school year (September to August), e.g. "2026-2027". */
    private static String currentSchoolYear() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        int first = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return first + "-" + (first + 1);
    }

    @Test
    void wrongPasswordGetsAFrenchMessageThatDoesNotSayWhichPartWasWrong() {
        browser.login("chef.jaures", "mauvais-mot-de-passe");

        String message = browser.byId("login-form:login-messages").getText();
        assertThat(message).contains("Identifiant ou mot de passe incorrect");
        assertThat(browser.driver.getCurrentUrl()).contains("/login.xhtml");
        browser.screenshot("connexion-echec");

        browser.login("quelquun.dautre", "mauvais-mot-de-passe");
        assertThat(browser.byId("login-form:login-messages").getText()).isEqualTo(message);
    }

    @Test
    void aCollegeUserCannotOpenTheAcademiePages() {
        browser.login("referent.jaures", PASSWORD);

        browser.open("/academie/index.xhtml");

        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Accès refusé");
        browser.screenshot("acces-refuse");
    }

    @Test
    void loginPageHasLabelledFieldsAndNoScriptError() {
        browser.open("/login.xhtml");

        assertThat(browser.driver.findElement(By.cssSelector("label[for='login-form:identifiant']")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.cssSelector("label[for='login-form:motDePasse']")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.javascriptErrors()).isEmpty();
        browser.screenshot("connexion");
    }
}
