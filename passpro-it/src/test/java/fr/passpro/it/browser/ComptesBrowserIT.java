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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;

/**
 * Accounts in a real Chromium: the admin creates an account of the Jean Jaurès collège and mails it a password link;
 * the new person opens the link (read from the outbox in the database, as the mail would carry it), is refused a
 * weak password, chooses a good one, logs in; the link does not serve twice; the admin sees the last login and
 * disables then re-enables the account. A chef d'établissement sees the own établissement's accounts only; a collège
 * account that opens the académie's page gets HTTP 403, written to the audit journal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComptesBrowserIT {

    private static final String DEMO = "Passpro2027!";
    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");
    private static final String JAURES = "0931234L";
    private static final Pattern JETON = Pattern.compile("/passpro/mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_-]{43})");

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
    void theAdminCreatesAnAccountAndSendsTheLinkThenThePersonChoosesAPasswordAndLogsIn() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String login = "test.nav." + unique;
        String email = "nadia." + unique + "@ac-creteil.fr";
        String motDePasse = "orientation pro " + unique + " 7";

        browser.login("admin.creteil", DEMO);
        browser.byId("nav-comptes").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Comptes des collèges et des lycées");
        capture("academie-comptes");

        browser.byId("creer:prenom").sendKeys("Nadia");
        browser.byId("creer:nom").sendKeys("Navigateur");
        browser.byId("creer:email").sendKeys(email);
        browser.byId("creer:login").sendKeys(login);
        Select etablissement = new Select(browser.byId("creer:etablissement"));
        etablissement.getOptions().stream().filter(o -> o.getText().contains(JAURES)).findFirst().orElseThrow().click();
        new Select(browser.byId("creer:profil")).selectByValue("ORIGINE");
        browser.submit(browser.byId("creer:creer"));

        assertThat(browser.byId("messages").getText()).contains("Le compte « " + login + " » de Nadia Navigateur est créé");
        assertThat(browser.byId("nombre-comptes").getText()).isEqualTo("1 compte correspond à la recherche.");
        String ligne = browser.byId("liste:comptes").getText();
        assertThat(ligne).contains(login, email, "Jaurès", "Établissement d'origine (collège)", "Non",
                "mot de passe à choisir", "Jamais connecté");
        assertThat(browser.byId("liste:comptes").findElement(By.cssSelector(".fr-badge")).getText()).isEqualToIgnoringCase("Actif");

        browser.submit(browser.byId("liste:comptes:0:lien"));
        assertThat(browser.byId("messages").getText()).contains("Un lien pour choisir son mot de passe part vers " + email);
        capture("academie-comptes-lien-envoye");
        String jeton = jetonDuDernierCourriel(email);

        // The new person, in another browser: the link, a weak password refused, then a good one.
        try (Browser personne = new Browser()) {
            personne.open("/mot-de-passe.xhtml?jeton=" + jeton);
            assertThat(personne.byId("compte-du-lien").getText()).contains("Nadia Navigateur", "« " + login + " »");
            personne.byId("mdp-form:motDePasse").sendKeys("court1");
            personne.byId("mdp-form:confirmation").sendKeys("court1");
            personne.submit(personne.byId("mdp-form:enregistrer"));
            assertThat(personne.byId("messages").getText())
                    .contains("Le mot de passe doit compter au moins 12 caractères (6 saisis).");
            captureDe(personne, "mot-de-passe-refuse");

            personne.byId("mdp-form:motDePasse").sendKeys(motDePasse);
            personne.byId("mdp-form:confirmation").sendKeys(motDePasse);
            personne.submit(personne.byId("mdp-form:enregistrer"));
            assertThat(personne.byId("mot-de-passe-enregistre").getText()).contains("Votre mot de passe est enregistré",
                    "« " + login + " »");
            captureDe(personne, "mot-de-passe-enregistre");

            personne.byId("se-connecter").click();
            personne.login(login, motDePasse);
            personne.waitFor().until(d -> d.getCurrentUrl().contains("/college/index.xhtml"));
            assertThat(personne.byId("utilisateur-nom").getText()).isEqualTo("Nadia Navigateur");

            personne.open("/mot-de-passe.xhtml?jeton=" + jeton);
            assertThat(personne.byId("lien-refuse-motif").getText()).startsWith("Ce lien a déjà servi le");
            assertThat(personne.driver.findElements(By.id("mdp-form"))).isEmpty();
            captureDe(personne, "mot-de-passe-lien-deja-servi");
            assertThat(personne.javascriptErrors()).isEmpty();
        }

        // Back on the admin's page: the last login, then the account disabled and enabled again.
        browser.open("/academie/comptes.xhtml");
        browser.byId("recherche:texte").sendKeys(login);
        browser.submit(browser.byId("recherche:rechercher"));
        assertThat(browser.byId("liste:comptes").getText()).doesNotContain("Jamais connecté").doesNotContain("mot de passe à choisir");
        browser.submit(browser.byId("liste:comptes:0:desactiver"));
        assertThat(browser.byId("messages").getText()).contains("Le compte « " + login + " » est désactivé");
        assertThat(browser.byId("liste:comptes").findElement(By.cssSelector(".fr-badge")).getText())
                .isEqualToIgnoringCase("Désactivé");
        capture("academie-comptes-desactive");
        try (Browser personne = new Browser()) {
            personne.login(login, motDePasse);
            assertThat(personne.driver.getCurrentUrl()).contains("/login.xhtml");
        }
        browser.submit(browser.byId("liste:comptes:0:reactiver"));
        assertThat(browser.byId("messages").getText()).contains("Le compte « " + login + " » est réactivé");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void aChefSeesTheOwnEtablissementsAccountsOnly() throws Exception {
        browser.login("chef.jaures", DEMO);
        browser.byId("nav-comptes-etablissement").click();
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Comptes des collèges et des lycées");
        assertThat(browser.byId("liste:comptes").getText()).contains("chef.jaures", "referent.jaures").doesNotContain("lp.lurcat");
        assertThat(browser.driver.findElements(By.id("creer:etablissement"))).as("pas de choix d'établissement").isEmpty();
        assertThat(browser.byId("etablissement-du-chef").getText()).contains(JAURES);
        capture("etablissement-comptes");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void aCollegeAccountGets403OnTheAccountsPagesAndTheRefusalIsAudited() throws Exception {
        long avant = refusDePage("referent.jaures", "/academie/comptes.xhtml");
        browser.login("referent.jaures", DEMO);
        HttpClient http = HttpClient.newHttpClient();
        for (String page : new String[] { "/academie/comptes.xhtml", "/etablissement/comptes.xhtml" }) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + page))
                    .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("Accès refusé");
        }
        assertThat(refusDePage("referent.jaures", "/academie/comptes.xhtml")).isEqualTo(avant + 1);
        assertThat(browser.driver.findElements(By.id("nav-comptes"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("nav-comptes-etablissement"))).isEmpty();
    }

    private static String jetonDuDernierCourriel(String email) throws SQLException {
        try (Connection c = connexion(); PreparedStatement st = c.prepareStatement(
                "SELECT texte FROM courrier WHERE destinataires LIKE ? ORDER BY id DESC LIMIT 1")) {
            st.setString(1, "%" + email + "%");
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("courriel à " + email).isTrue();
                Matcher m = JETON.matcher(rs.getString(1));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
        }
    }

    private static long refusDePage(String login, String page) throws SQLException {
        try (Connection c = connexion(); PreparedStatement st = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE login = ? AND action = 'ACCES_REFUSE' AND objet_type = 'page'"
                        + " AND objet_id = ?")) {
            st.setString(1, login);
            st.setString(2, page);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection connexion() throws SQLException {
        return DriverManager.getConnection(JDBC, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"));
    }

    private void capture(String nom) {
        captureDe(browser, nom);
    }

    /** The whole page, in a window as tall as it. */
    private static void captureDe(Browser b, String nom) {
        Dimension avant = b.driver.manage().window().getSize();
        b.driver.manage().window().setSize(new Dimension(1280, 2000));
        b.screenshot(nom);
        b.driver.manage().window().setSize(avant);
    }
}
