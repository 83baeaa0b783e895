package fr.passpro.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Asks {@link Browser} to audit the current document with axe-core after each navigation and before the test looks
 * for an element (a page a click brought). Public: Selenium's decorator calls it by reflection.
 */
public final class AuditAxe implements WebDriverListener {

    private final Runnable auditer;

    AuditAxe(Runnable auditer) {
        this.auditer = auditer;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        auditer.run();
    }

    @Override
    public void beforeFindElement(WebDriver driver, By locator) {
        auditer.run();
    }

    @Override
    public void beforeFindElements(WebDriver driver, By locator) {
        auditer.run();
    }
}
