package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;

/**
 * A collège head browses the catalogue: filters by domaine and by words, opens a formation, downloads its fiche
 * d'aide (PDF) and exports the filtered list to Excel. The formations are inserted with JDBC before the tests,
 * under names unique to this run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String run;
    private static String electricite;
    private static String hotellerie;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    @BeforeAll
    static void formationsOfTheCurrentCampagne() throws SQLException {
        run = "n" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        electricite = "Électricité, énergie " + run;
        hotellerie = "Hôtellerie-restauration " + run;
        try (Connection db = DriverManager.getConnection(JDBC, "passpro", "passpro")) {
            long campagne = id(db, "SELECT id FROM campagne WHERE academie_code = '24' ORDER BY annee_scolaire DESC LIMIT 1");
            long lurcat = id(db, "SELECT id FROM etablissement WHERE uai = '0940132H'");
            long vinci = id(db, "SELECT id FROM etablissement WHERE uai = '0930135S'");
            long tristan = id(db, "SELECT id FROM etablissement WHERE uai = '0770942F'");
            long dElec = domaine(db, electricite);
            long dHot = domaine(db, hotellerie);
            formation(db, campagne, "400", "Métiers de l'électricité et de ses environnements connectés " + run, "SECONDE_PRO",
                    "Métiers des transitions numérique et énergétique", dElec, lurcat, "INDIVIDUEL");
            formation(db, campagne, "500", "CAP Électricien " + run, "CAP", null, dElec, vinci, "COLLECTIF");
            formation(db, campagne, "500", "CAP Installateur en froid " + run, "CAP", null, dElec, tristan, "INDIVIDUEL");
            formation(db, campagne, "500", "CAP Cuisine " + run, "CAP", null, dHot, lurcat, "INDIVIDUEL");
            formation(db, campagne, "400", "Commercialisation et services en restauration " + run, "SECONDE_PRO", null, dHot,
                    tristan, "COLLECTIF");
        }
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
    void aCollegeHeadFiltersOpensAFormationAndDownloadsItsFicheAndTheList() throws Exception {
        browser.login("chef.jaures", PASSWORD);
        browser.open("/catalogue/index.xhtml");

        assertThat(browser.byId("titre-page").getText()).isEqualTo("Catalogue des formations");
        assertThat(browser.driver.findElement(By.cssSelector("label[for='filtres:texte']")).getText()).contains("Mots-clés");
        for (String field : List.of("domaine", "departement", "ville_input", "lycee", "diplome")) {
            assertThat(browser.driver.findElements(By.cssSelector("label[for='filtres:" + field + "']")))
                    .as("étiquette du champ " + field).isNotEmpty();
        }
        String toutes = count();
        assertThat(toutes).matches("\\d+ formations");
        browser.screenshot("catalogue-liste");

        new Select(browser.byId("filtres:domaine")).selectByVisibleText(electricite);
        search("3 formations correspondent à vos critères");
        assertThat(rowTexts()).hasSize(3).allMatch(t -> t.contains(run));
        browser.screenshot("catalogue-filtre-domaine");

        browser.byId("filtres:texte").sendKeys("lurcat");
        search("1 formation correspond à vos critères");
        assertThat(rowTexts()).singleElement().asString()
                .contains("Métiers de l'électricité et de ses environnements connectés " + run)
                .contains("Lycée professionnel Jean Lurçat").contains("Saint-Maur-des-Fossés");

        browser.byId("filtres:effacer").click();
        waitForCount(toutes);
        browser.byId("filtres:texte").sendKeys("CUISINE " + run);
        search("1 formation correspond à vos critères");
        browser.screenshot("catalogue-filtre-texte");

        String exportUrl = browser.byId("export-excel").getAttribute("href");
        HttpResponse<byte[]> export = get(exportUrl);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("filename*=UTF-8''catalogue-passpro.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Formation");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotNull();
            assertThat(sheet.getLastRowNum()).as("l'en-tête et la formation filtrée").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("CAP Cuisine " + run);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Lycée professionnel Jean Lurçat");
        }

        browser.byId("resultats:formations:0:voir").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/catalogue/formation.xhtml?id="));
        assertThat(browser.byId("titre-page").getText()).isEqualTo("CAP Cuisine " + run);
        assertThat(browser.byId("lycee-nom").getText()).isEqualTo("Lycée professionnel Jean Lurçat");
        assertThat(browser.byId("lycee-uai").getText()).isEqualTo("0940132H");
        assertThat(browser.byId("formation-modalite").getText()).startsWith("Entretien individuel");
        browser.screenshot("catalogue-formation");

        HttpResponse<byte[]> fiche = get(browser.byId("telecharger-fiche").getAttribute("href"));
        assertThat(fiche.statusCode()).isEqualTo(200);
        assertThat(fiche.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(fiche.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).matches(".*filename\\*=UTF-8''fiche-preparation-500\\d{5}\\.pdf"));
        assertThat(new String(fiche.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void anUnknownFormationIsAPageNotFound() throws Exception {
        browser.login("referent.jaures", PASSWORD);

        browser.open("/catalogue/formation.xhtml?id=999999999");
        assertThat(browser.byId("titre-page").getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
        assertThat(get(Browser.BASE + "/catalogue/formation.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(get(Browser.BASE + "/catalogue/formation.xhtml?id=abc").statusCode()).isEqualTo(404);
        assertThat(get(Browser.BASE + "/catalogue/fiche-preparation?id=999999999").statusCode()).isEqualTo(404);
        browser.screenshot("catalogue-formation-introuvable");
    }

    @Test
    void aLyceeUserSortsAndPagesTheCatalogue() {
        browser.login("lp.lurcat", PASSWORD);
        browser.open("/catalogue/index.xhtml");
        browser.byId("filtres:texte").sendKeys(run);
        search("5 formations correspondent à vos critères");

        browser.driver.findElement(By.cssSelector("[id='resultats:formations:col-lycee']")).click();
        browser.waitFor().until(d -> {
            List<String> rows = rowTexts();
            return rows.size() == 5 && rows.get(0).contains("Flora Tristan") && rows.get(4).contains("Léonard de Vinci");
        });
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    private void search(String expectedCount) {
        browser.byId("filtres:rechercher").click();
        waitForCount(expectedCount);
    }

    private void waitForCount(String expected) {
        browser.waitFor().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("nombre-formations")).getText().equals(expected));
    }

    private String count() {
        return browser.byId("nombre-formations").getText();
    }

    private List<String> rowTexts() {
        List<String> texts = new ArrayList<>();
        try {
            browser.driver.findElements(By.cssSelector("[id='resultats:formations_data'] > tr"))
                    .forEach(r -> texts.add(r.getText()));
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
        return texts;
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long id(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static long domaine(Connection db, String libelle) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO domaine (libelle) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, libelle);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void formation(Connection db, long campagne, String prefixeCfd, String libelle, String diplome,
                                  String famille, long domaine, long lycee, String modalite) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO formation (campagne_id, code_formation, libelle, diplome,"
                + " famille_metiers, domaine_id, etablissement_id, accueil_referent_id, modalite, observations, active, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0)")) {
            s.setLong(1, campagne);
            s.setString(2, prefixeCfd + ThreadLocalRandom.current().nextInt(10_000, 100_000));
            s.setString(3, libelle);
            s.setString(4, diplome);
            s.setString(5, famille);
            s.setLong(6, domaine);
            s.setLong(7, lycee);
            s.setLong(8, lycee);
            s.setString(9, modalite);
            s.setString(10, "Journée portes ouvertes le samedi 14 mars.");
            s.executeUpdate();
        }
    }
}
