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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;

/**
 * The lycée side of the planning in a real Chromium: the lycée creates a séance in the form, finds its candidate
 * (registered by a collège) in the lazy list, convokes it to that séance and sees the convocation with its mail
 * status; then it drags the séance one hour later on the calendar and moves it again through the fields of its
 * dialog (the keyboard way). A collège account gets HTTP 403 on the lycée's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningLyceeBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    private static final String DOMAINE = "Métiers de la relation client";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static CampagneDeTest campagne;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    @BeforeAll
    static void campagneOuverte() throws Exception {
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
    void theLyceeCreatesASeanceConvokesItsCandidateAndMovesTheSeance() throws Exception {
        String suffixe = UUID.randomUUID().toString().substring(0, 6);
        String nom = "Candidat" + Character.toUpperCase(suffixe.charAt(0)) + suffixe.substring(1);
        long inscription = inscriptionAuLyceeLurcat(nom, suffixe);
        LocalDate demain = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
        String salle = "Salle T" + suffixe;

        browser.login("lp.lurcat", PASSWORD);
        assertThat(browser.byId("lien-candidats").getAttribute("href")).endsWith("/lycee/candidats.xhtml");
        assertThat(browser.byId("lien-seances").getAttribute("href")).endsWith("/lycee/seances.xhtml");
        voir("titre-etapes");
        browser.screenshot("lycee-accueil");

        // A séance, created in the form.
        browser.byId("nav-seances").click();
        new Select(browser.byId("creation:domaine")).selectByVisibleText(DOMAINE);
        browser.byId("creation:salle").sendKeys(salle);
        browser.byId("creation:intervenants").sendKeys("Mme Durand (DDFPT)");
        browser.byId("creation:date").sendKeys(demain.format(JJ_MM_AAAA));
        browser.byId("creation:debut").sendKeys("10:00");
        browser.byId("creation:fin").sendKeys("10:30");
        voir("titre-creation");
        browser.screenshot("lycee-seances-creation");
        browser.byId("creation:creer").click();
        assertThat(messages()).contains("Séance « " + DOMAINE + " » créée le").contains("de 10 h 00 à 10 h 30")
                .contains(salle);
        WebElement evenement = evenement("10:00");
        assertThat(evenement.getText()).contains("0/1 – " + DOMAINE);
        assertThat(browser.byId("prochaines").getText()).contains("de 10 h 00 à 10 h 30").contains(salle);
        voir("titre-calendrier");
        browser.screenshot("lycee-seances");
        voir("titre-prochaines");
        browser.screenshot("lycee-seances-liste");
        voir("une-seance");
        browser.screenshot("lycee-seances-formulaires");

        // A second séance in the same room at noon: the form kept what was typed.
        browser.byId("creation:debut").clear();
        browser.byId("creation:debut").sendKeys("12:00");
        browser.byId("creation:fin").clear();
        browser.byId("creation:fin").sendKeys("12:30");
        browser.byId("creation:creer").click();
        browser.waitFor().until(d -> d.findElement(By.id("messages")).getText().contains("de 12 h 00 à 12 h 30"));
        evenement("12:00");

        // The candidate, found by name in the lazy list, convoked to that séance.
        browser.byId("nav-candidats").click();
        browser.byId("filtres:texte").sendKeys(nom);
        browser.byId("filtres:rechercher").click();
        browser.waitFor().until(d -> d.findElement(By.id("nombre-candidats")).getText().contains("1 candidat correspond"));
        String ligne = browser.byId("liste:candidats").getText();
        assertThat(ligne).contains(nom + " Lou").contains("Collège Jean Jaurès").contains(DOMAINE)
                .contains("Métiers de l'accueil").contains("Favorable").containsIgnoringCase("Inscrite")
                .contains("Pas encore convoqué(e)");
        browser.driver.findElement(By.cssSelector("#liste\\:candidats details summary")).click();
        assertThat(browser.byId("liste:candidats").getText()).contains("Très motivé, a préparé des questions.");
        browser.screenshot("lycee-candidats");

        browser.byId("liste:candidats:0:convoquer").click();
        Select seance = new Select(browser.byId("convoquer-form:seance"));
        // Other tests of the run may have left séances of this lycée: this test's are known by their room.
        assertThat(seance.getOptions()).extracting(WebElement::getText).filteredOn(t -> t.contains(salle)).hasSize(2);
        WebElement dixHeures = seance.getOptions().stream()
                .filter(o -> o.getText().contains(salle) && o.getText().contains("de 10 h 00 à 10 h 30"))
                .findFirst().orElseThrow();
        assertThat(dixHeures.getText()).contains("1 place libre sur 1");
        seance.selectByVisibleText(dixHeures.getText());
        browser.screenshot("lycee-candidats-convoquer");
        browser.byId("convoquer-form:valider").click();
        assertThat(messages()).contains(nom).contains("est convoqué(e) à la séance du");
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dlg-convoquer")));
        assertThat(browser.byId("statut-" + inscription).getText()).isEqualToIgnoringCase("Convoquée");
        assertThat(browser.byId("seance-" + inscription).getText()).contains("de 10 h 00 à 10 h 30").contains(salle);
        assertThat(browser.byId("courrier-" + inscription).getText()).matches("En attente d’envoi|Envoyée le .*");
        browser.screenshot("lycee-candidats-convoque");
        assertThat(browser.javascriptErrors()).isEmpty();

        // Dragged onto the noon séance of the same room, the séance is refused and goes back to 10:00; dragged one
        // hour later, it moves.
        browser.byId("nav-seances").click();
        assertThat(evenement("10:00").getText()).contains("1/1 – " + DOMAINE);
        int uneHeure = browser.driver.findElement(By.cssSelector(".fc-timegrid-slot-lane[data-time='11:00:00']")).getRect().getY()
                - browser.driver.findElement(By.cssSelector(".fc-timegrid-slot-lane[data-time='10:00:00']")).getRect().getY();
        // Issue 18: the séance holds a convoked candidate, so a drag first asks, saying who will be told; « Non »
        // changes nothing and puts the event back.
        glisser(evenement("10:00"), uneHeure);
        WebElement question = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("dlg-deplacement")));
        assertThat(question.getText()).contains("Déplacer la séance « " + DOMAINE + " » ?")
                .contains("de 10 h 00 à 10 h 30").contains("de 11 h 00 à 11 h 30")
                .contains("1 candidat convoqué recevra une nouvelle convocation par courriel");
        browser.screenshot("lycee-seances-glissee-confirmation");
        browser.byId("deplacement-form:abandonner-deplacement").click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dlg-deplacement")));
        browser.waitFor().until(d -> d.findElement(By.id("calendrier-messages")).getText()
                .contains("rien n’a été changé ni envoyé"));
        browser.waitFor().until(d -> evenement("10:00").getText().contains("1/1"));
        assertThat(browser.byId("prochaines").getText()).contains("de 10 h 00 à 10 h 30")
                .doesNotContain("de 11 h 00 à 11 h 30");
        voir("calendrier-messages");
        browser.screenshot("lycee-seances-glissee-abandonnee");
        glisser(evenement("10:00"), 2 * uneHeure);
        confirmerDeplacement();
        browser.waitFor().until(d -> d.findElement(By.id("calendrier-messages")).getText()
                .contains("La salle " + salle + " est déjà prise"));
        browser.waitFor().until(d -> evenement("10:00").getText().contains("1/1"));
        voir("calendrier-messages");
        browser.screenshot("lycee-seances-glissee-refusee");
        glisser(evenement("10:00"), uneHeure);
        confirmerDeplacement();
        browser.waitFor().until(d -> d.findElement(By.id("calendrier-messages")).getText().contains("a lieu désormais le"));
        assertThat(browser.byId("calendrier-messages").getText()).contains("de 11 h 00 à 11 h 30")
                .doesNotContain("déjà prise");
        browser.waitFor().until(d -> d.findElement(By.id("prochaines")).getText().contains("de 11 h 00 à 11 h 30"));
        assertThat(evenement("11:00").getText()).contains("1/1");
        browser.screenshot("lycee-seances-glissee");

        // The keyboard way: the séance's dialog, its convoked candidate, and the fields that move it.
        evenement("11:00").click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("seance-form:date")));
        assertThat(browser.byId("seance-horaires").getText()).contains("de 11 h 00 à 11 h 30");
        assertThat(browser.byId("convoques").getText()).contains(nom + " Lou").contains("Collège Jean Jaurès");
        browser.byId("seance-form:debut").clear();
        browser.byId("seance-form:debut").sendKeys("14:00");
        browser.byId("seance-form:fin").clear();
        browser.byId("seance-form:fin").sendKeys("13:45");
        browser.byId("seance-form:deplacer-bouton").click();
        assertThat(browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")))
                .getText()).contains("1 candidat convoqué recevra une nouvelle convocation");
        browser.byId("confirmer-oui").click();
        browser.waitFor().until(d -> d.findElement(By.id("seance-form:seance-messages")).getText()
                .contains("La séance doit finir après son début"));
        assertThat(browser.byId("seance-form:debut").getAttribute("value")).as("saisie gardée").isEqualTo("14:00");
        browser.byId("seance-form:fin").clear();
        browser.byId("seance-form:fin").sendKeys("14:45");
        browser.byId("seance-form:deplacer-bouton").click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        browser.byId("confirmer-oui").click();
        browser.waitFor().until(d -> d.findElement(By.id("seance-horaires")).getText().contains("de 14 h 00 à 14 h 45"));
        browser.screenshot("lycee-seance-dialogue");
        browser.byId("seance-form:fermer").click();
        assertThat(browser.byId("prochaines").getText()).contains("de 14 h 00 à 14 h 45");
        assertThat(evenement("14:00").getText()).contains("1/1");
        assertThat(browser.javascriptErrors()).isEmpty();

        browser.byId("nav-candidats").click();
        browser.byId("filtres:texte").sendKeys(nom);
        browser.byId("filtres:rechercher").click();
        browser.waitFor().until(d -> d.findElement(By.id("nombre-candidats")).getText().contains("1 candidat correspond"));
        assertThat(browser.byId("seance-" + inscription).getText()).contains("de 14 h 00 à 14 h 45");

        // Taken out of its séance, after a confirmation: the seat is free, the candidate is to convoke again.
        browser.byId("liste:candidats:0:retirer").click();
        assertThat(browser.byId("confirmation").getText()).contains("La place sera libérée");
        browser.byId("confirmer-oui").click();
        assertThat(messages()).contains(nom).contains("n’est plus convoqué(e)");
        browser.waitFor().until(d -> d.findElement(By.id("statut-" + inscription)).getText().equalsIgnoreCase("Inscrite"));
        assertThat(browser.byId("liste:candidats").getText()).contains("Pas encore convoqué(e)");
        assertThat(browser.javascriptErrors()).isEmpty();

        // Issue 18: the automatic planner first shows how many candidates it would convoke and where, séance by
        // séance; « Non, revenir » convokes and mails nobody.
        browser.byId("nav-seances").click();
        new Select(browser.byId("planifier:domaine")).selectByVisibleText(DOMAINE);
        browser.byId("planifier:demander").click();
        WebElement apercu = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("planifier:confirmation-planifier")));
        assertThat(apercu.getText()).containsPattern("Domaine « " + DOMAINE + " » : \\d+ candidats? (sera|seront) convoqués?")
                .contains("de 14 h 00 à 14 h 45 – " + salle + " : 1 candidat");
        browser.scrollTo("titre-planifier");
        browser.screenshot("lycee-planifier-apercu");
        browser.byId("planifier:abandonner").click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("planifier:confirmation-planifier")));
        browser.byId("nav-candidats").click();
        browser.byId("filtres:texte").sendKeys(nom);
        browser.byId("filtres:rechercher").click();
        browser.waitFor().until(d -> d.findElement(By.id("nombre-candidats")).getText().contains("1 candidat correspond"));
        assertThat(browser.byId("statut-" + inscription).getText()).isEqualToIgnoringCase("Inscrite");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void aCollegeAccountGets403OnTheLyceePages() throws Exception {
        browser.login("referent.jaures", PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        for (String page : new String[] { "/lycee/seances.xhtml", "/lycee/candidats.xhtml" }) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + page))
                    .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("Accès refusé");
        }
        browser.open("/lycee/seances.xhtml");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Accès refusé");
        assertThat(browser.driver.findElements(By.id("nav-seances"))).isEmpty();
    }

    /** The calendar's event of a séance of the test, by its start time (« 10:00 »), once it is shown. */
    private WebElement evenement(String debut) {
        return browser.waitFor().until(d -> d.findElements(By.cssSelector("#calendrier-form .fc-timegrid-event")).stream()
                .filter(e -> e.getText().startsWith(debut) && e.getText().contains(DOMAINE)).findFirst().orElse(null));
    }

    /** Answers « Oui » to the confirmation of a drag of a séance with convoked candidates. */
    private void confirmerDeplacement() {
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dlg-deplacement")));
        browser.byId("deplacement-form:confirmer-deplacement").click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dlg-deplacement")));
    }

    /** Drags a calendar event down by some pixels, in small moves as a hand would. */
    private void glisser(WebElement evenement, int pixels) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", evenement);
        new Actions(browser.driver).moveToElement(evenement).clickAndHold().pause(200)
                .moveByOffset(0, 10).pause(100).moveByOffset(0, pixels / 2).pause(100)
                .moveByOffset(0, pixels - 10 - pixels / 2).pause(200).release().perform();
    }

    /** Scrolls so that the element is at the top of the screenshot. */
    private void voir(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);", browser.byId(id));
    }

    /** The page's global messages, once there are some. */
    private String messages() {
        try {
            return browser.waitFor().until(d -> {
                String text = d.findElement(By.id("messages")).getText();
                return text.isBlank() ? null : text;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("echec-planning-" + System.currentTimeMillis());
            throw new AssertionError("Aucun message sur " + browser.driver.getCurrentUrl() + " : "
                    + browser.driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    /**
     * A pupil of the Collège Jean Jaurès registered, with an avis d'origine, for the « Métiers de l'accueil » of the
     * Lycée Jean Lurçat, as the collège would have done it (a référent of its own, so that nothing else depends on it);
     * returns the inscription's id.
     */
    private static long inscriptionAuLyceeLurcat(String nom, String suffixe) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:3306/" + System.getenv().getOrDefault("PASSPRO_TEST_DB", "passpro_test")
                + "?sslMode=disable";
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"))) {
            long college = id(c, "SELECT id FROM etablissement WHERE nom = 'Collège Jean Jaurès'");
            long lycee = id(c, "SELECT id FROM etablissement WHERE nom = 'Lycée professionnel Jean Lurçat'");
            long chef = id(c, "SELECT id FROM account WHERE login = 'chef.jaures'");
            long campagneId = id(c, "SELECT id FROM campagne WHERE academie_code = '24' ORDER BY annee_scolaire DESC LIMIT 1");
            long formation = id(c, "SELECT id FROM formation WHERE libelle = 'Métiers de l''accueil' AND etablissement_id = "
                    + lycee + " AND campagne_id = " + campagneId);
            long domaine = id(c, "SELECT domaine_id FROM formation WHERE id = " + formation);
            long referent = insert(c, "INSERT INTO referent (college_id, nom, prenom, email) VALUES (?, ?, 'Paul', ?)",
                    college, "Référent" + suffixe, "paul.ref" + suffixe + "@ac-creteil.fr");
            long eleve = insert(c, "INSERT INTO eleve (college_id, campagne_id, nom, prenom, date_naissance, classe,"
                    + " dispositif, cle_doublon, cree_le) VALUES (?, ?, ?, 'Lou', '2012-04-02', '3e A', 'TROISIEME', ?, NOW(6))",
                    college, campagneId, nom, nom.toLowerCase() + "lou|2012-04-02");
            long inscription = insert(c, "INSERT INTO inscription (eleve_id, domaine_id, lycee_id, referent_id, campagne_id,"
                    + " statut, cree_le, cree_par_id) VALUES (?, ?, ?, ?, ?, 'INSCRITE', NOW(6), ?)",
                    eleve, domaine, lycee, referent, campagneId, chef);
            insert(c, "INSERT INTO voeu (inscription_id, formation_id, rang, avis_origine, commentaire_origine,"
                    + " avis_origine_par_id, avis_origine_le) VALUES (?, ?, 1, 'FAVORABLE', ?, ?, NOW(6))",
                    inscription, formation, "Très motivé, a préparé des questions.", chef);
            return inscription;
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Donnée de démonstration absente : " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static long insert(Connection c, String sql, Object... valeurs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < valeurs.length; i++) {
                insert.setObject(i + 1, valeurs[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
