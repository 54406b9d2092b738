package org.dateline.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Chromium from the Debian packages (/usr/bin/chromium, /usr/bin/chromedriver), with a
 * fresh profile each time, on the server under test and the test run's Keycloak; English unless
 * it is told another language.
 */
public final class Browser implements AutoCloseable {

    public static final String STUDIO = "http://localhost:" + System.getProperty("it.http.port", "9180") + "/studio/";

    private final Path profile;
    private final WebDriver driver;

    /** A browser that asks for English, as the existing tests expect. */
    public Browser() {
        this("en");
    }

    /**
     * A browser whose user interface, and so its {@code Accept-Language}, is in the given language
     * ({@code es}: "es,es-419;q=0.9…" as a Spanish-speaking person's browser sends it).
     */
    public Browser(String language) {
        try {
            profile = Files.createTempDirectory("dateline-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement await(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + by + " " + showing(), e);
        }
    }

    public void awaitText(By by, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no '" + text + "' in " + by + " " + showing(), e);
        }
    }

    /**
     * Waits until the page has no Faces request under way and has given back the links and buttons it
     * disables while one is (PrimeFaces fades them), so that what is read next is the page at rest.
     */
    public void awaitQuiet() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && document.querySelectorAll('a.ui-commandlink.ui-state-disabled').length === 0)")));
    }

    /**
     * Picks the item with the given label in a PrimeFaces select-one menu, and waits until the menu
     * shows it (a click that lands while the panel is still opening is tried again).
     */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            WebElement menu = driver.findElement(By.id(menuId));
            // in the middle of the window: a panel opening at its top edge may lie under the studio's header
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
            menu.click();
            WebElement choice = await(item);
            try {
                choice.click();
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", choice);
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("the menu " + menuId + " does not show " + label + " " + showing(), e);
                }
            }
        }
    }

    /** What the browser shows, for a failure's message. */
    private String showing() {
        String text = driver.findElement(By.tagName("body")).getText();
        return "on " + driver.getCurrentUrl() + ", which shows: " + text.substring(0, Math.min(600, text.length()));
    }

    /**
     * Drops every cookie of the browser, the studio's and Keycloak's: what the browser holds when
     * both the studio's sign-in and Keycloak's session have timed out.
     */
    public void forgetSignIns() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    /** Signs in on Keycloak's own sign-in page, which the browser must be showing, as one of the demo staff. */
    public void signInOnKeycloak(String user) {
        signInOnKeycloak(user, Keycloak.PASSWORD);
    }

    public void signInOnKeycloak(String user, String password) {
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public boolean showsKeycloakSignIn() {
        return driver.getCurrentUrl().startsWith(Keycloak.URL) && !driver.findElements(By.id("kc-login")).isEmpty();
    }

    /** The visible part of the page as a PNG file, for people to look at. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
