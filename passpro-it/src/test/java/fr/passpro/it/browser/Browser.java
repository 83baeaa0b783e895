package fr.passpro.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, on the deployed Passpro; no browser is downloaded.
 *
 * <p>Every page a test visits is checked with axe-core (issue 18, item 13), injected from the copy npm installed in
 * {@code target/axe}: once per document, as soon as it is loaded (after {@code get}, and before the test looks for an
 * element on a page a click brought). {@link #close} fails the test on any serious or critical violation.
 */
final class Browser implements AutoCloseable {

    static final String BASE = System.getProperty("passpro.baseUrl", "http://localhost:28080/passpro");

    /** Where the build's npm step puts axe-core (passpro-it/pom.xml, install-axe-core). */
    static final Path AXE = Path.of(System.getProperty("passpro.axe", "target/axe/node_modules/axe-core/axe.min.js"));

    final WebDriver driver;
    private final WebDriver brut;
    private final Path profile;
    private final String axe;
    /** « path : rule (impact) : help — elements », one per page and rule. */
    private final java.util.Set<String> violations = new java.util.LinkedHashSet<>();
    private int pagesAuditees;

    Browser() {
        try {
            profile = Files.createTempDirectory("passpro-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        brut = new ChromeDriver(service, options);
        brut.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            brut.quit();
            throw new IllegalStateException("axe-core absent (" + AXE.toAbsolutePath() + ") : la construction de"
                    + " passpro-it l'installe avec npm (exécution install-axe-core)", e);
        }
        // the listener must be a public class: the decorator calls it by reflection
        driver = new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(new AuditAxe(this::auditer))
                .decorate(brut);
    }

    /** Runs axe-core once on the current document, when it is loaded; records its serious and critical violations. */
    @SuppressWarnings("unchecked")
    void auditer() {
        var js = (org.openqa.selenium.JavascriptExecutor) brut;
        try {
            Object etat = js.executeScript("return document.readyState === 'complete' && !window.__ppAxeFait"
                    + " && location.protocol.indexOf('http') === 0;");
            if (!Boolean.TRUE.equals(etat)) {
                return;
            }
            js.executeScript("window.__ppAxeFait = true;");
            if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
                js.executeScript(axe);
            }
            brut.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Object resultat = js.executeAsyncScript("var fini = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                    + "  fini(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                    + "    .map(function (v) { return v.id + ' (' + v.impact + ') : ' + v.help + ' — '"
                    + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                    + "}).catch(function (e) { fini(['axe : ' + e]); });");
            pagesAuditees++;
            String chemin = brut.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
            for (Object v : (List<Object>) resultat) {
                violations.add(chemin + " : " + v);
            }
        } catch (org.openqa.selenium.WebDriverException pageQuiChange) {
            // the page was replaced while axe ran: the next one is audited when the test looks at it
        }
    }

    /** The Chromium driver itself, for what the decorated {@link #driver} does not expose (DevTools commands). */
    ChromeDriver chrome() {
        return (ChromeDriver) brut;
    }

    /** How many documents axe-core has checked so far (a test can make sure the check ran). */
    int pagesAuditees() {
        return pagesAuditees;
    }

    /** The serious and critical accessibility violations found so far on the pages visited. */
    List<String> violationsAccessibilite() {
        return List.copyOf(violations);
    }

    void open(String path) {
        driver.get(BASE + path);
    }

    WebElement byId(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** A wait that tries again when an ajax update replaced the element between finding and reading it. */
    WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Clicks a full-page submit button and waits until the next page has replaced this one. */
    void submit(WebElement button) {
        button.click();
        waitFor().until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException partiAvecLaPage) {
                // Stale, or « Node … does not belong to the document » while the next page replaces this one.
                return true;
            }
        });
    }

    /** Scrolls an element into view (for a screenshot of it). */
    void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /** Fills the login form and submits it (a full page submit, no ajax). */
    void login(String identifiant, String motDePasse) {
        open("/login.xhtml");
        byId("login-form:identifiant").clear();
        byId("login-form:identifiant").sendKeys(identifiant);
        byId("login-form:motDePasse").sendKeys(motDePasse);
        String before = driver.getCurrentUrl();
        byId("login-form:connexion").click();
        waitFor().until(d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    String sessionId() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** JavaScript errors logged by the page (CSP violations included). */
    List<String> javascriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("passpro.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        auditer();
        List<String> trouvees = violationsAccessibilite();
        int auditees = pagesAuditees;
        brut.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
        if (!trouvees.isEmpty()) {
            throw new AssertionError("axe-core : " + trouvees.size() + " violation(s) grave(s) ou critique(s) sur les "
                    + auditees + " page(s) visitée(s) :\n" + String.join("\n", trouvees));
        }
    }
}
