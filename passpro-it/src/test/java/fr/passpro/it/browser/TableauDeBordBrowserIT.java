package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.passpro.it.Deployments;

/**
 * The académie's dashboard in Chromium: the charts are drawn (a Chart.js chart on each canvas, no script error
 * under the page's script policy), the département filter, an Excel export fetched with the session and read with
 * POI (French headers, the page's counts), the reminder after its confirmation; a collège account gets 403, audited.
 * The figures are those of the demo data (pupils of a collège of 093) and of the other tests: the test compares the
 * page with the file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TableauDeBordBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    private static final String JDBC = System.getProperty("passpro.jdbc", "jdbc:mariadb://127.0.0.1:3306/passpro_test");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PAGE = "/academie/tableau-de-bord.xhtml";

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
    void theAdminSeesTheChartsFiltersByDepartementAndExportsATable() throws Exception {
        browser.login("admin.creteil", PASSWORD);
        browser.byId("nav-tableau-academie").click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains(PAGE));

        assertThat(browser.byId("titre-page").getText()).isEqualTo("Tableau de bord de l'académie");
        assertThat(browser.driver.findElement(By.cssSelector("label[for='departement']")).getText()).contains("Département");
        for (String graphique : List.of("graphique-domaines", "graphique-convocations", "graphique-avis")) {
            WebElement canvas = browser.driver.findElement(By.cssSelector("#" + graphique + " canvas"));
            assertThat(canvas.getAttribute("aria-label")).as(graphique).contains("tableau qui suit");
            browser.waitFor().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas));
        }
        assertThat(browser.byId("total-inscriptions").getText()).matches("\\d+");
        pleinePage("tableau-de-bord-academie");
        browser.scrollTo("avis");
        browser.screenshot("tableau-de-bord-avis");

        new Select(browser.byId("departement")).selectByValue("093");
        browser.submit(browser.byId("filtrer"));
        browser.waitFor().until(d -> d.getCurrentUrl().contains("departement=093"));
        assertThat(browser.byId("perimetre").getText()).contains("093");
        assertThat(new Select(browser.byId("departement")).getFirstSelectedOption().getAttribute("value")).isEqualTo("093");
        browser.screenshot("tableau-de-bord-093");

        Map<String, Long> page = lignes("table-domaines");
        assertThat(page).isNotEmpty();
        String lien = browser.byId("export-domaines").getAttribute("href");
        assertThat(lien).contains("table=domaines").contains("departement=093");
        HttpResponse<byte[]> export = get(lien);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("tableau-de-bord-domaines-093.xlsx"));
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertThat(feuille.getRow(0).getCell(0).getStringCellValue()).contains("Inscriptions par domaine", "093");
            Row enTetes = feuille.getRow(2);
            assertThat(enTetes.getCell(0).getStringCellValue()).isEqualTo("Domaine");
            assertThat(enTetes.getCell(1).getStringCellValue()).isEqualTo("Inscriptions");
            Map<String, Long> fichier = new LinkedHashMap<>();
            for (int r = 3; r <= feuille.getLastRowNum(); r++) {
                fichier.put(feuille.getRow(r).getCell(0).getStringCellValue(),
                        (long) feuille.getRow(r).getCell(1).getNumericCellValue());
            }
            assertThat(fichier).as("le fichier dit ce que dit la page").isEqualTo(page);
        }
        assertThat(get(lien.replace("table=domaines", "table=inconnu")).statusCode()).isEqualTo(400);
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void theAdminRemindsATickedLaggingEtablissementAfterConfirming() {
        browser.login("admin.creteil", PASSWORD);
        browser.open(PAGE);
        List<WebElement> cases = browser.driver.findElements(By.cssSelector("#relance-form input[type='checkbox']"));
        if (cases.isEmpty()) {
            assertThat(browser.byId("lycees-retard-aucun").getText()).contains("Aucun lycée en retard");
            return;
        }
        assertThat(cases.get(0).getAttribute("aria-label")).startsWith("Relancer ");
        // Issue 18: each row says « En retard » only past its deadline, else « À surveiller » with what remains.
        List<WebElement> lignes = browser.driver.findElements(By.cssSelector("#relance-form tbody tr"));
        assertThat(lignes).isNotEmpty().allSatisfy(ligne -> {
            String situation = ligne.findElement(By.cssSelector("span[id$='situation']")).getText();
            assertThat(situation).isIn("En retard", "À surveiller");
            if (situation.equals("À surveiller")) {
                assertThat(ligne.getText()).containsPattern("échéance le \\p{L}+ \\d+ \\p{L}+ \\d{4}, (dans \\d+ jours?|c'est aujourd'hui)");
            } else {
                assertThat(ligne.getText()).doesNotContain("échéance le");
            }
        });
        browser.scrollTo("relance");
        browser.screenshot("tableau-de-bord-relance-situations");
        cases.get(0).click();
        browser.byId("relance-form:relancer").click();
        assertThat(browser.byId("confirmation").getText()).contains("Un courriel de relance va partir");
        browser.screenshot("tableau-de-bord-relance-confirmation");
        WebElement oui = browser.byId("confirmer-oui");
        browser.submit(oui);
        assertThat(browser.byId("messages").getText()).contains("1 établissement relancé par courriel.");
        browser.screenshot("tableau-de-bord-relance-faite");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    @Test
    void aCollegeAccountGets403OnTheDashboardAndItsExportsAndTheRefusalIsAudited() throws Exception {
        long avant = refusAudites();
        browser.login("referent.jaures", PASSWORD);

        for (String adresse : List.of(PAGE, "/academie/export-tableau?table=domaines")) {
            HttpResponse<byte[]> response = get(Browser.BASE + adresse);
            assertThat(response.statusCode()).as(adresse).isEqualTo(403);
        }
        browser.open(PAGE);
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Accès refusé");
        assertThat(browser.driver.findElements(By.id("nav-tableau-academie"))).isEmpty();
        browser.screenshot("tableau-de-bord-college-403");
        assertThat(refusAudites()).isEqualTo(avant + 3);
    }

    /** A screenshot of the first 2 400 pixels of the page (the window is made that tall for it). */
    private void pleinePage(String nom) {
        org.openqa.selenium.Dimension avant = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2400));
        browser.screenshot(nom);
        browser.driver.manage().window().setSize(avant);
    }

    /** Rows of an h:dataTable: first cell (row header) → number of the last cell. */
    private Map<String, Long> lignes(String table) {
        Map<String, Long> lignes = new LinkedHashMap<>();
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            List<WebElement> cellules = tr.findElements(By.cssSelector("th, td"));
            lignes.put(cellules.get(0).getText().strip(),
                    Long.parseLong(cellules.get(cellules.size() - 1).getText().strip()));
        }
        return lignes;
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.sessionId()).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long refusAudites() throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC, "passpro", "passpro");
             PreparedStatement st = db.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE login = 'referent.jaures'"
                     + " AND action = 'ACCES_REFUSE' AND objet_type = 'page' AND objet_id LIKE '/academie/%'")) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
