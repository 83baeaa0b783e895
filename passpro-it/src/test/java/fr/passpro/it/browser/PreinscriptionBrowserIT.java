package fr.passpro.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.it.Deployments;
import fr.passpro.it.support.GreenMail;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A CFA pre-registers a pupil through the public form (no account), receives the confirmation mail, and the académie
 * validates it in its queue; a robot flooding the form from one address is stopped at the 6th submission.
 * The deployment's clock starts on 16 March of the campagne (registration open), and the tests' requests carry an
 * address of their own in X-Forwarded-For (trusted from the loopback only in this deployment).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreinscriptionBrowserIT {

    private static final String PASSWORD = "Passpro2027!";
    /** Where the form posts back. */
    private static final String PAGE = "/public/preinscription.xhtml";
    /** Créteil's form, the académie of the demo campagne. */
    private static final String ADRESSE = "/public/preinscription/creteil";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passproConfiguredWith("passpro.horloge.depart=" + (anneeScolaire() + 1) + "-03-16T10:00:00+01:00\n"
                + "passpro.client-address.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1,::1\n");
    }

    /** The first year of the current school year (September to August), that of the demo campagne. */
    private static int anneeScolaire() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    private Browser browser;
    private String adresseClient;

    @BeforeEach
    void openBrowserWithAnAddressOfItsOwn() {
        browser = new Browser();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        adresseClient = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        ChromeDriver chrome = browser.chrome();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", adresseClient)));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A valid UAI of Seine-Saint-Denis nobody uses yet (7 digits and the check letter). */
    private static String nouvelUai() {
        int n = 930000 + ThreadLocalRandom.current().nextInt(9999);
        String chiffres = String.format("%07d", n);
        return chiffres + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(n % 23);
    }

    private void remplir(String idCourt, String valeur) {
        WebElement champ = browser.byId("preinscription-form:" + idCourt);
        champ.clear();
        champ.sendKeys(valeur);
    }

    private void remplirFormulaire(String ecole, String contactEmail, String eleveNom) {
        remplir("etablissement-nom", ecole);
        browser.byId("preinscription-form:nature:0").click();
        remplir("commune", "Bobigny");
        new Select(browser.byId("preinscription-form:departement")).selectByValue("093");
        remplir("contact-nom", "Durand");
        remplir("contact-prenom", "Léa");
        remplir("contact-email", contactEmail);
        remplir("eleve-nom", eleveNom);
        remplir("eleve-prenom", "Noah");
        remplir("eleve-naissance", "01/05/" + (anneeScolaire() - 14));
        new Select(browser.byId("preinscription-form:eleve-dispositif")).selectByValue("TROISIEME");
        new Select(browser.byId("preinscription-form:voeu-1")).selectByIndex(1);
    }

    private void envoyer() {
        browser.byId("preinscription-form:envoyer").click();
        browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("confirmation")).isEmpty()
                || !d.findElements(By.id("limite")).isEmpty()
                || !d.findElements(By.cssSelector(".pp-erreur")).isEmpty());
    }

    /** Waits for a global message containing this text; on timeout, keeps a picture of the page and says what it shows. */
    private void attendreMessage(String texte, String capture) {
        try {
            // The page reloads after the click: the element read before may be gone (stale) for a moment.
            browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains(texte));
        } catch (org.openqa.selenium.TimeoutException e) {
            capture(capture + "-echec");
            throw new AssertionError("Message « " + texte + " » attendu ; la page montre : "
                    + browser.driver.findElement(By.id("contenu")).getText(), e);
        }
    }

    /** The whole page in one picture. */
    private void capture(String nom) {
        Number hauteur = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver.manage().window().setSize(new Dimension(1280, Math.min(6000, hauteur.intValue() + 50)));
        browser.screenshot(nom);
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aCfaPreRegistersAPupilGetsTheMailAndTheAcademieValidatesIt() {
        String u = unique();
        String contact = "cfa." + u + "@test.passpro.fr";
        String eleve = "Eleve" + u;
        browser.open(ADRESSE);
        assertThat(browser.byId("titre-page").getText()).isEqualTo("Pré-inscrire un élève aux entretiens Passpro");
        assertThat(browser.byId("academie-formulaire").getText()).isEqualTo("Académie de Créteil");
        capture("preinscription-formulaire");

        browser.byId("preinscription-form:envoyer").click();
        browser.waitFor().until(d -> !d.findElements(By.cssSelector(".pp-erreur")).isEmpty());
        assertThat(browser.byId("preinscription-form:erreurs").getText())
                .contains("Nom de l'établissement", "Date de naissance", "Les formations demandées");
        capture("preinscription-erreurs");

        remplirFormulaire("CFA des métiers " + u, contact, eleve);
        remplir("eleve-nom", eleve);
        envoyer();

        assertThat(browser.byId("confirmation").getText()).contains("Pré-inscription envoyée");
        assertThat(browser.byId("reference").getText()).containsPattern("PRE-\\d+");
        assertThat(browser.driver.getCurrentUrl()).as("rien de saisi dans l'adresse").doesNotContain(u);
        assertThat(browser.javascriptErrors()).isEmpty();
        capture("preinscription-confirmation");
        GreenMail.attendre(contact, eleve, Duration.ofSeconds(150));

        browser.login("admin.creteil", PASSWORD);
        browser.open("/academie/preinscriptions.xhtml");
        WebElement demande = browser.driver.findElement(By.xpath("//article[contains(., '" + eleve + "')]"));
        assertThat(demande.getText()).contains("CFA des métiers " + u, "UAI non fourni", "Durand", contact);
        capture("academie-preinscriptions");
        String uai = nouvelUai();
        demande.findElement(By.cssSelector("input[id^='uai-']")).sendKeys(uai);
        demande.findElement(By.cssSelector("input[id$=':valider']")).click();

        attendreMessage("validée", "academie-validation");
        assertThat(browser.byId("messages").getText()).contains(eleve + " est inscrit(e)");
        assertThat(browser.driver.findElements(By.xpath("//article[contains(., '" + eleve + "')]"))).isEmpty();
        assertThat(browser.javascriptErrors()).isEmpty();
        capture("academie-preinscription-validee");
        GreenMail.attendre(contact, "vous enverra la convocation", Duration.ofSeconds(150));

        // The school, now an établissement d'origine, can be granted a delay after the end of registration.
        browser.open("/academie/exceptions-delai.xhtml");
        capture("academie-delais-vide");
        new Select(browser.byId("delai-form:etablissement")).selectByVisibleText("CFA des métiers " + u + " – Bobigny (" + uai + ")");
        browser.byId("delai-form:jusqua").sendKeys("05/05/" + (anneeScolaire() + 1));
        browser.byId("delai-form:motif").sendKeys("Inscription validée tardivement " + u);
        browser.byId("delai-form:accorder").click();
        attendreMessage("Délai accordé", "academie-delai");
        assertThat(browser.byId("messages").getText())
                .contains("Délai accordé à CFA des métiers " + u + " jusqu'au 05/05/" + (anneeScolaire() + 1) + " inclus");
        WebElement ligne = browser.driver.findElement(By.xpath("//table[@id='delais']//tr[contains(., '" + u + "')]"));
        assertThat(ligne.getText()).contains("05/05/" + (anneeScolaire() + 1), "Inscription validée tardivement " + u,
                "Claire Martin");
        assertThat(browser.javascriptErrors()).isEmpty();
        capture("academie-delais");
    }

    @Test
    void theAcademieRefusesWithAReasonThatIsMailed() {
        String u = unique();
        String contact = "cfa." + u + "@test.passpro.fr";
        String eleve = "Eleve" + u;
        browser.open(ADRESSE);
        remplirFormulaire("Cours privé " + u, contact, eleve);
        envoyer();
        assertThat(browser.byId("confirmation").isDisplayed()).isTrue();

        browser.login("admin.creteil", PASSWORD);
        browser.open("/academie/preinscriptions.xhtml");
        WebElement demande = browser.driver.findElement(By.xpath("//article[contains(., '" + eleve + "')]"));
        demande.findElement(By.cssSelector("input[id$=':refuser']")).click();
        attendreMessage("motif du refus", "academie-refus-sans-motif");

        demande = browser.driver.findElement(By.xpath("//article[contains(., '" + eleve + "')]"));
        demande.findElement(By.cssSelector("textarea[id^='motif-']")).sendKeys("Eleve de seconde " + u);
        demande.findElement(By.cssSelector("input[id$=':refuser']")).click();
        attendreMessage("refusée", "academie-refus");
        assertThat(browser.driver.findElements(By.xpath("//article[contains(., '" + eleve + "')]"))).isEmpty();
        GreenMail.attendre(contact, "Eleve de seconde " + u, Duration.ofSeconds(150));
    }

    @Test
    void eachAcademieHasItsFormAtAnAddressNamingItAndTheFormerAddressLeadsToCreteils() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> ancienne = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE + PAGE)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ancienne.statusCode()).as("ancienne adresse").isEqualTo(302);
        assertThat(ancienne.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(ADRESSE));

        for (String academie : List.of("Créteil", "Paris", "Versailles")) {
            String adresse = "/public/preinscription/" + academie.toLowerCase(java.util.Locale.ROOT).replace("é", "e");
            HttpResponse<String> formulaire = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE + adresse))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(formulaire.statusCode()).as(adresse).isEqualTo(200);
            assertThat(formulaire.body()).as(adresse).contains("Académie de " + academie);
            if (!academie.equals("Créteil")) {
                assertThat(formulaire.body()).as("en-tête et pied de " + adresse).doesNotContain("Académie de Créteil");
            }
        }
        assertThat(client.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/public/preinscription/atlantide")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("académie inconnue").isEqualTo(404);
    }

    @Test
    void theSixthSubmissionFromOneAddressWithinAnHourIsRefusedWithHttp429() throws Exception {
        for (int i = 1; i <= 5; i++) {
            String u = unique();
            browser.open(ADRESSE);
            remplirFormulaire("CFA " + u, "flood." + u + "@test.passpro.fr", "Flood" + u);
            envoyer();
            assertThat(browser.driver.findElements(By.id("confirmation"))).as("soumission %d acceptée", i).isNotEmpty();
        }

        String u = unique();
        browser.open(ADRESSE);
        remplirFormulaire("CFA " + u, "flood." + u + "@test.passpro.fr", "Flood" + u);
        envoyer();

        assertThat(browser.byId("limite-texte").getText())
                .contains("Trop de pré-inscriptions ont été envoyées depuis votre connexion")
                .containsPattern("à partir de \\d{2}h\\d{2}");
        assertThat(browser.driver.findElements(By.id("confirmation"))).isEmpty();
        capture("preinscription-limite");

        assertThat(soumissionHttp(adresseClient)).as("statut HTTP de la 7e soumission").isEqualTo(429);
        assertThat(soumissionHttp("10.255.255." + (1 + ThreadLocalRandom.current().nextInt(254))))
                .as("une autre adresse n'est pas limitée").isEqualTo(200);
    }

    /** Submits the form once with plain HTTP from this address; returns the status. */
    private int soumissionHttp(String adresse) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE + ADRESSE))
                .header("X-Forwarded-For", adresse).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String u = unique();
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("preinscription-form", "preinscription-form");
        champs.put("preinscription-form:etablissement-nom", "CFA " + u);
        champs.put("preinscription-form:nature", "CFA");
        champs.put("preinscription-form:uai", "");
        champs.put("preinscription-form:commune", "Bobigny");
        champs.put("preinscription-form:departement", "093");
        champs.put("preinscription-form:contact-nom", "Durand");
        champs.put("preinscription-form:contact-prenom", "Lea");
        champs.put("preinscription-form:contact-email", "flood." + u + "@test.passpro.fr");
        champs.put("preinscription-form:eleve-nom", "Flood" + u);
        champs.put("preinscription-form:eleve-prenom", "Noah");
        champs.put("preinscription-form:eleve-naissance", "01/05/" + (anneeScolaire() - 14));
        champs.put("preinscription-form:eleve-dispositif", "TROISIEME");
        champs.put("preinscription-form:eleve-classe", "");
        champs.put("preinscription-form:voeu-1", premiereFormation(page));
        champs.put("preinscription-form:site", "");
        champs.put("preinscription-form:envoyer", "Envoyer la pré-inscription");
        // PrimeFaces checks on postback the nonce its script adds to the form (Content-Security-Policy).
        champs.put("primefaces.nonce", extraire(page, "nonce=\"([^\"]+)\""));
        champs.put("jakarta.faces.ViewState", extraire(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        String corps = champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE + PAGE))
                .header("X-Forwarded-For", adresse)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
        return reponse.statusCode();
    }

    private static String premiereFormation(String page) {
        String select = extraire(page, "(?s)id=\"preinscription-form:voeu-1\"(.*?)</select>");
        return extraire(select, "<option value=\"(\\d+)\"");
    }

    private static String extraire(String texte, String regex) {
        Matcher m = Pattern.compile(regex).matcher(texte);
        if (!m.find()) {
            throw new AssertionError("Introuvable dans la page : " + regex);
        }
        return m.group(1);
    }
}
