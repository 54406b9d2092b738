package org.dateline.it;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office desk and the stories list as San José's editor uses them, in headless Chromium signed
 * in with the test run's Keycloak: the desk's panels count what waits for him (counted before and
 * after the test's stories are written, so that other tests' stories do not matter) and show names
 * and San José's local times in its date format; the list filters by title and state and pages past
 * its first 25 stories; both pages in English and, for an editor who chose Spanish, in Spanish, with
 * screenshots in {@code target/screenshots/} and no axe-core violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudioDeskIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final ZoneId SAN_JOSE = ZoneId.of("America/Costa_Rica");
    private static final DateTimeFormatter SAN_JOSE_TIME = DateTimeFormatter.ofPattern("dd / MM / yyyy, HH:mm");
    private static final String EDITOR = "eli.editor";
    private static final List<String> PANELS = List.of("drafts", "review", "changes", "scheduled", "published");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StoryPile.class, PersonalChoices.class);
    }

    @BeforeEach
    @AfterEach
    void theEditorFollowsTheirBrowser() throws Exception {
        assertThat(post("/test/desk/language", "person=" + EDITOR + "&language=")).isEmpty();
    }

    @Test
    void editorSeesWhatWaitsForHimAndFindsAnyStoryOfTheOffice() throws Exception {
        String marker = "Desk " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime goesLive = LocalDateTime.now(SAN_JOSE).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime comesOff = goesLive.plusHours(2);
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak(EDITOR);
            browser.awaitText(By.id("office-name"), "San José");
            Map<String, Integer> before = counts(browser);

            assertThat(post("/test/desk/pile", "marker=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)
                    + "&goesLive=" + goesLive + "&comesOff=" + comesOff + "&drafts=30")).isEqualTo("ok");

            browser.open(Browser.STUDIO);
            browser.awaitText(By.id("office-name"), "San José");
            assertThat(text(browser, "office-role")).isEqualTo("Editor");
            assertThat(text(browser, "office-zone")).isEqualTo("Times are San José time (UTC\u221206:00).");
            assertThat(counts(browser)).as("each panel counts the stories the test added to it")
                    .isEqualTo(Map.of("drafts", before.get("drafts") + 2, "review", before.get("review") + 1,
                            "changes", before.get("changes") + 1, "scheduled", before.get("scheduled") + 2,
                            "published", before.get("published") + 1));
            assertThat(text(browser, "panel-drafts")).contains(marker + " desk draft one", marker + " desk draft two");
            assertThat(text(browser, "main")).as("only San José's stories").doesNotContain(marker + " desk in another office");
            assertThat(waitingLine(browser, marker + " desk in review", "See all ")).contains("by Ana Author, submitted ")
                    .doesNotContain("ana.author");
            assertThat(line(browser, "panel-changes", marker + " desk sent back")).contains("changes asked ");
            assertThat(line(browser, "panel-scheduled", marker + " desk scheduled"))
                    .contains("goes live " + SAN_JOSE_TIME.format(goesLive)).contains("by Ana Author");
            assertThat(line(browser, "panel-scheduled", marker + " desk coming off"))
                    .contains("comes off the site " + SAN_JOSE_TIME.format(comesOff));
            assertThat(line(browser, "panel-published", marker + " desk coming off")).containsPattern(
                    "published " + SAN_JOSE_TIME.format(LocalDateTime.now(SAN_JOSE)).substring(0, 16) + "\\d\\d:\\d\\d, by Ana Author");
            assertThat(browser.driver().findElement(By.linkText(marker + " desk draft one")).getAttribute("href"))
                    .as("the editor's address").contains("/studio/story.xhtml?office=san-jose&id=");
            assertThat(text(browser, "main")).as("names, not slugs or usernames; local times, not ISO ones")
                    .doesNotContain("san-jose", "eli.editor", "ana.author").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
            browser.screenshot(SCREENSHOTS.resolve("studio-desk-english.png"));
            assertNoViolations(browser, "the desk");

            browser.driver().findElement(By.id("nav-stories")).click();
            browser.awaitText(By.id("stories-heading"), "Stories of San José");
            browser.driver().findElement(By.id("stories:title")).sendKeys(marker + " pile");
            awaitFound(browser, "30 stories");
            assertThat(titles(browser)).as("the newest first, 25 on a page").hasSize(25)
                    .startsWith(marker + " pile 30", marker + " pile 29").endsWith(marker + " pile 06");
            assertThat(cells(browser, 1).get(0)).as("state").isEqualTo("Draft");
            assertThat(cells(browser, 2).get(0)).as("author").isEqualTo("Ana Author");
            assertThat(cells(browser, 3).get(0)).as("topics").isEqualTo("Labour migration");
            assertThat(cells(browser, 4).get(0)).as("language").isEqualTo("English");
            assertThat(cells(browser, 5).get(0)).as("last change, San José time").matches("\\d\\d / \\d\\d / \\d{4}, \\d\\d:\\d\\d");
            browser.screenshot(SCREENSHOTS.resolve("studio-stories-english.png"));
            assertNoViolations(browser, "the stories list");

            browser.driver().findElement(By.cssSelector("#stories\\:list .ui-paginator-next")).click();
            awaitFirstTitle(browser, marker + " pile 05");
            assertThat(titles(browser)).as("the second page").containsExactly(marker + " pile 05", marker + " pile 04",
                    marker + " pile 03", marker + " pile 02", marker + " pile 01");
            browser.driver().findElement(By.cssSelector("#stories\\:list .ui-paginator-prev")).click();
            awaitFirstTitle(browser, marker + " pile 30");

            WebElement title = browser.driver().findElement(By.id("stories:title"));
            title.clear();
            title.sendKeys(marker);
            awaitFound(browser, "36 stories");
            assertThat(titles(browser)).as("only San José's stories").doesNotContain(marker + " desk in another office");
            new Select(browser.driver().findElement(By.id("stories:state"))).selectByVisibleText("In review");
            awaitFound(browser, "1 story");
            assertThat(titles(browser)).containsExactly(marker + " desk in review");
            new Select(browser.driver().findElement(By.id("stories:state"))).selectByVisibleText("Scheduled");
            awaitFirstTitle(browser, marker + " desk scheduled");
            assertThat(titles(browser)).containsExactly(marker + " desk scheduled");
            new Select(browser.driver().findElement(By.id("stories:state"))).selectByVisibleText("Any");
            new Select(browser.driver().findElement(By.id("stories:author"))).selectByVisibleText("Eli Editor");
            awaitFound(browser, "3 stories");
            assertThat(titles(browser)).containsExactlyInAnyOrder(marker + " desk draft one", marker + " desk draft two",
                    marker + " desk sent back");
            title.clear();
            title.sendKeys("no story is called this " + marker);
            browser.awaitText(By.id("stories:list"), "No story matches these filters.");
        }
    }

    @Test
    void anEditorWhoChoseSpanishHasTheDeskAndTheListInSpanish() throws Exception {
        String marker = "Mesa " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime goesLive = LocalDateTime.now(SAN_JOSE).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        assertThat(post("/test/desk/pile", "marker=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)
                + "&goesLive=" + goesLive + "&comesOff=" + goesLive.plusHours(2) + "&drafts=3")).isEqualTo("ok");
        assertThat(post("/test/desk/language", "person=" + EDITOR + "&language=es")).isEqualTo("es");
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak(EDITOR);
            browser.awaitText(By.id("heading-drafts"), "Mis borradores");
            assertThat(text(browser, "office-role")).isEqualTo("Editor");
            assertThat(text(browser, "office-zone")).isEqualTo("Las horas son de San José (UTC\u221206:00).");
            assertThat(text(browser, "heading-review")).startsWith("Esperan mi revisión");
            assertThat(text(browser, "heading-changes")).startsWith("Cambios que me piden");
            assertThat(text(browser, "heading-scheduled")).startsWith("Programadas");
            assertThat(text(browser, "heading-published")).startsWith("Publicadas hace poco");
            assertThat(waitingLine(browser, marker + " desk in review", "Ver ")).contains("de Ana Author, enviada el ");
            assertThat(line(browser, "panel-scheduled", marker + " desk scheduled")).contains("se publica el " + SAN_JOSE_TIME.format(goesLive));
            assertThat(text(browser, "nav-stories")).isEqualTo("Notas");
            assertThat(text(browser, "main")).doesNotContain("My drafts", "Scheduled", "goes live", "Times are");
            browser.screenshot(SCREENSHOTS.resolve("studio-desk-spanish.png"));
            assertNoViolations(browser, "the Spanish desk");

            browser.driver().findElement(By.id("nav-stories")).click();
            browser.awaitText(By.id("stories-heading"), "Notas de San José");
            browser.driver().findElement(By.id("stories:title")).sendKeys(marker);
            awaitFound(browser, "9 notas");
            assertThat(text(browser, "stories")).contains("Filtrar las notas", "El título contiene", "Estado", "Autor", "Tema",
                    "Idioma", "Último cambio", "Título", "Temas", "Borrador", "En revisión", "Programada", "Inglés");
            new Select(browser.driver().findElement(By.id("stories:state"))).selectByVisibleText("Cambios pedidos");
            awaitFound(browser, "1 nota");
            new Select(browser.driver().findElement(By.id("stories:state"))).selectByVisibleText("Cualquiera");
            awaitFound(browser, "9 notas");
            browser.screenshot(SCREENSHOTS.resolve("studio-stories-spanish.png"));
            assertNoViolations(browser, "the Spanish stories list");
        }
    }

    /** Each panel's count as the desk shows it. */
    private static Map<String, Integer> counts(Browser browser) {
        return PANELS.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> Integer.parseInt(text(browser, "count-" + p))));
    }

    /** The text of the line of a panel that names the story. */
    /**
     * The line of the story in "Awaiting my review", longest waiting first. When stories of other
     * tests have waited longer and fill the panel, the story is the newest of the office in review:
     * the panel then shows its eight longest waiting with a link to all of them, and the story's
     * line is read from the first of those (the same template: who submitted it, when).
     */
    private static String waitingLine(Browser browser, String title, String seeAll) {
        WebElement panel = browser.driver().findElement(By.id("panel-review"));
        List<WebElement> found = panel.findElements(By.xpath(".//li[a[normalize-space(.)='" + title + "']]"));
        if (!found.isEmpty()) {
            return found.get(0).getText();
        }
        List<WebElement> shown = panel.findElements(By.tagName("li"));
        assertThat(shown).as("a full panel").hasSize(8);
        assertThat(panel.findElement(By.cssSelector(".desk-more a")).getText()).startsWith(seeAll);
        return shown.stream().map(WebElement::getText).filter(t -> t.contains("Ana Author")).findFirst().orElse(shown.get(0).getText());
    }

    private static String line(Browser browser, String panel, String title) {
        return browser.driver().findElement(By.id(panel))
                .findElement(By.xpath(".//li[a[normalize-space(.)='" + title + "']]")).getText();
    }

    private static List<String> titles(Browser browser) {
        return cells(browser, 0);
    }

    private static List<String> cells(Browser browser, int column) {
        return browser.driver().findElements(By.cssSelector("#stories\\:list_data > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > column)
                .map(cells -> cells.get(column).getText().strip()).toList();
    }

    /** Waits until the list says how many stories it found, exactly so. */
    private static void awaitFound(Browser browser, String found) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> found.equals(driver.findElement(By.id("stories-found")).getText().strip()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the list does not say '" + found + "' but '" + text(browser, "stories-found") + "'", e);
        }
    }

    private static void awaitFirstTitle(Browser browser, String title) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#stories\\:list_data > tr:first-child > td:first-child"), title));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }

    private static void assertNoViolations(Browser browser, String page) throws Exception {
        assertThat(AccessibilityIT.violations((JavascriptExecutor) browser.driver(), AccessibilityIT.axe())).map(String::valueOf)
                .as("WCAG 2.1 AA violations on " + page).isEmpty();
    }

    private String post(String path, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }
}
