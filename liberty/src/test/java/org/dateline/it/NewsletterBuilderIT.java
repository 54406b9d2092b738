package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter builder in headless Chromium, signed in with the test run's Keycloak: San José's
 * editor builds an issue of two sections whose items link to live stories found by their title in
 * the builder, has a save refused with the problems next to their fields and nothing typed lost,
 * reorders sections with the buttons and items by dragging them, and submits it; the author sees
 * no way to publish it; the editor publishes it. What is stored is read through the newsletters
 * boundary; the page in English and Spanish is left as screenshots and checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterBuilderIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final String EDITOR = "eli.editor";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(Pressroom.class, PersonalChoices.class, NewsletterShelf.class);
    }

    @BeforeEach
    @AfterEach
    void theEditorFollowsTheirBrowser() throws Exception {
        assertThat(post("/test/desk/language", "person=" + EDITOR + "&language=")).isEmpty();
    }

    @Test
    void editorBuildsAnIssueFromLiveStoriesReordersItAndPublishesItWhichTheAuthorCannot() throws Exception {
        String marker = "Bulletin " + UUID.randomUUID().toString().substring(0, 8);
        long shelters = AccessibilityIT.publish("san-jose", "ana.author", EDITOR, marker + " shelters reopen in the north",
                "Labour migration", "2020-05-04", "");
        long cash = AccessibilityIT.publish("san-jose", "ana.author", EDITOR, marker + " cash reaches families",
                "Labour migration", "2020-05-12", "");
        String title = marker + " May newsletter";
        long id;
        try (Browser eli = new Browser()) {
            eli.open(Browser.STUDIO + "newsletters/?office=san-jose");
            eli.signInOnKeycloak(EDITOR);
            eli.awaitText(By.id("newsletters-heading"), "Newsletters of San José");
            assertThat(eli.driver().findElement(By.id("nav-newsletters")).getText()).isEqualTo("Newsletters");
            eli.driver().findElement(By.id("new-issue")).click();
            eli.awaitText(By.id("issue-heading"), "New newsletter issue");

            type(eli, "builder:title", title);
            new Select(eli.driver().findElement(By.id("builder:month"))).selectByVisibleText("May");
            type(eli, "builder:year", "2020");
            new Select(eli.driver().findElement(By.id("builder:language"))).selectByVisibleText("English");
            type(eli, "builder:intro", "Dear colleagues, this month's news.");

            type(eli, "builder:sections:0:heading", "ASSISTING DISPLACED POPULATIONS");
            type(eli, "builder:sections:0:items:0:text", "Shelters in the north reopen with new health protocols.");
            linkToStory(eli, "builder:sections:0:items:0", marker + " shelters", marker + " shelters reopen in the north");
            click(eli, "builder:sections:0:add-item");
            eli.await(By.id("builder:sections:0:items:1:text"));
            type(eli, "builder:sections:0:items:1:text", "Cash assistance reaches 3,000 families.");
            linkToStory(eli, "builder:sections:0:items:1", marker + " cash", marker + " cash reaches families");

            click(eli, "builder:add-section");
            eli.await(By.id("builder:sections:1:items:0:text"));
            type(eli, "builder:sections:1:items:0:text", "Border health posts receive protective equipment.");
            chooseLink(eli, "builder:sections:1:items:0", "ADDRESS");
            eli.await(By.id("builder:sections:1:items:0:url"));
            type(eli, "builder:sections:1:items:0:url", "http://www.example.org/health");

            // refused: a section without a heading, an address without https; nothing typed is lost
            click(eli, "builder:save");
            eli.awaitText(By.id("builder:messages"), "The issue was not saved");
            assertThat(messageOf(eli, "builder:sections:1:heading")).isEqualTo("Section 2 needs a heading.");
            assertThat(messageOf(eli, "builder:sections:1:items:0:url")).isEqualTo("The address must start with https://.");
            assertThat(value(eli, "builder:title")).isEqualTo(title);
            assertThat(value(eli, "builder:sections:0:items:1:story_input")).isEqualTo(marker + " cash reaches families");
            assertThat(eli.driver().getCurrentUrl()).doesNotContain("id=");

            type(eli, "builder:sections:1:heading", "HEALTH-PROOFING MOBILITY SYSTEMS");
            type(eli, "builder:sections:1:items:0:url", "https://www.example.org/health");
            click(eli, "builder:save");
            eli.awaitText(By.id("builder:messages"), "Issue created.");
            assertThat(eli.driver().getCurrentUrl()).contains("id=");
            id = Long.parseLong(eli.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(stored(id).getString("state")).isEqualTo("DRAFT");

            // the second section first, with the keyboard's buttons: the focus stays on the moved section
            click(eli, "builder:sections:1:up");
            eli.awaitText(By.id("builder:messages"), "Section moved to place 1 of 2.");
            assertThat(value(eli, "builder:sections:0:heading")).isEqualTo("HEALTH-PROOFING MOBILITY SYSTEMS");
            assertThat(value(eli, "builder:sections:1:heading")).isEqualTo("ASSISTING DISPLACED POPULATIONS");
            assertThat(((JavascriptExecutor) eli.driver()).executeScript("return document.activeElement.id")).isEqualTo("builder:sections:0:down");

            // the cash item above the shelters item, by dragging it by its handle
            drag(eli, "#section-1 li.nl-item[data-index='1'] .nl-item-handle", "#section-1 li.nl-item[data-index='0']");
            eli.awaitText(By.id("builder:messages"), "The items of section 2 are in their new order.");
            assertThat(value(eli, "builder:sections:1:items:0:text")).isEqualTo("Cash assistance reaches 3,000 families.");
            assertThat(value(eli, "builder:sections:1:items:1:story_input")).isEqualTo(marker + " shelters reopen in the north");
            click(eli, "builder:save");
            eli.awaitText(By.id("builder:messages"), "Issue saved.");

            JsonObject issue = stored(id);
            assertThat(issue.getString("title")).isEqualTo(title);
            assertThat(issue.getString("month")).isEqualTo("2020-05");
            JsonArray sections = issue.getJsonArray("sections");
            assertThat(sections.stream().map(s -> s.asJsonObject().getString("heading")))
                    .containsExactly("HEALTH-PROOFING MOBILITY SYSTEMS", "ASSISTING DISPLACED POPULATIONS");
            assertThat(sections.getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("url")).isEqualTo("https://www.example.org/health");
            assertThat(sections.getJsonObject(1).getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("story").longValue()))
                    .as("the read-more stories, in the dragged order").containsExactly(cash, shelters);

            assertThat(buttons(eli)).contains("save", "submit").doesNotContain("publish", "withdraw");
            assertThat(eli.driver().findElements(By.id("send"))).as("a draft is not sent").isEmpty();
            assertThat(eli.driver().findElement(By.id("preview-web")).getAttribute("href"))
                    .endsWith("/studio/preview-newsletter/san-jose/" + id);
            assertThat(eli.driver().findElement(By.id("preview-mail")).getAttribute("href"))
                    .endsWith("/studio/preview-newsletter/san-jose/" + id + "/mail");
            assertThat(eli.driver().findElement(By.id("preview-web")).getAttribute("target")).isEqualTo("_blank");
            assertThat(text(eli, "builder:head")).contains("San José", "Draft", "Last changed by Eli Editor")
                    .containsPattern("\\d\\d / \\d\\d / \\d{4}, \\d\\d:\\d\\d").doesNotContain("san-jose", "eli.editor");
            ((JavascriptExecutor) eli.driver()).executeScript("window.scrollTo(0, 0)");
            eli.screenshot(SCREENSHOTS.resolve("newsletter-builder-en.png"));
            sectionsInView(eli);
            eli.screenshot(SCREENSHOTS.resolve("newsletter-builder-sections-en.png"));
            noViolations(eli, "the newsletter builder");

            // the preview as the reader site's page: the sections, and their Read more links, in the order saved
            String builder = eli.driver().getCurrentUrl();
            eli.open(eli.driver().findElement(By.id("preview-web")).getAttribute("href"));
            eli.await(By.id("section-1"));
            assertThat(eli.driver().findElements(By.cssSelector("h2[id^='section-']")).stream().map(WebElement::getText))
                    .containsExactly("HEALTH-PROOFING MOBILITY SYSTEMS", "ASSISTING DISPLACED POPULATIONS");
            List<String> readMore = eli.driver().findElements(By.cssSelector("a.read-more")).stream().map(a -> a.getAttribute("href")).toList();
            assertThat(readMore).hasSize(3);
            assertThat(readMore.get(0)).isEqualTo("https://www.example.org/health");
            assertThat(readMore.get(1)).containsPattern("/stories/" + cash + "(-|$)");
            assertThat(readMore.get(2)).containsPattern("/stories/" + shelters + "(-|$)");
            eli.open(builder);
            eli.awaitText(By.id("builder:issue-state"), "Draft");

            click(eli, "builder:submit");
            eli.awaitText(By.id("builder:messages"), "Submitted for review.");
            eli.awaitText(By.id("builder:issue-state"), "In review");
            assertThat(stored(id).getString("state")).isEqualTo("IN_REVIEW");
        }

        try (Browser ana = new Browser()) {
            ana.open(Browser.STUDIO + "newsletters/issue.xhtml?office=san-jose&id=" + id);
            ana.signInOnKeycloak("ana.author");
            ana.awaitText(By.id("builder:issue-state"), "In review");
            assertThat(buttons(ana)).as("an author cannot publish, nor revise an issue under review").contains("withdraw")
                    .doesNotContain("publish", "save", "submit");
            assertThat(ana.driver().findElement(By.id("builder:title")).isEnabled()).isFalse();
        }

        try (Browser eli = new Browser()) {
            eli.open(Browser.STUDIO + "newsletters/issue.xhtml?office=san-jose&id=" + id);
            eli.signInOnKeycloak(EDITOR);
            eli.awaitText(By.id("builder:issue-state"), "In review");
            assertThat(buttons(eli)).contains("publish", "save", "withdraw");
            click(eli, "builder:publish");
            eli.awaitText(By.id("builder:messages"), "Published.");
            eli.awaitText(By.id("builder:issue-state"), "Published");
            assertThat(buttons(eli)).doesNotContain("save", "submit", "publish", "withdraw");
            assertThat(stored(id).getString("state")).isEqualTo("PUBLISHED");
            assertThat(eli.driver().findElement(By.id("send")).getAttribute("href"))
                    .as("the published issue goes to subscribers from the sending page")
                    .endsWith("/studio/newsletters/mailing.xhtml?office=san-jose&issue=" + id);
            assertThat(value(eli, "builder:sections:1:items:0:story_input")).isEqualTo(marker + " cash reaches families");

            // a reader of San José's list gets the issue: the editor sends it, follows it, and it is in the archive
            String reader = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            post("/san-jose/newsletters/subscribe", "email=" + reader + "&language=en");
            String confirm = Inbox.links(Inbox.about(reader, "Confirm your subscription")).stream()
                    .filter(l -> l.contains("/newsletters/confirm?token=")).findFirst().orElseThrow();
            assertThat(post("/san-jose/newsletters/confirm", "token=" + confirm.substring(confirm.indexOf("token=") + 6)))
                    .contains("You are subscribed");
            eli.open(Browser.STUDIO + "newsletters/mailing.xhtml?office=san-jose&issue=" + id);
            eli.awaitText(By.id("audience"), "confirmed subscribers of the English list");
            click(eli, "mailing:send");
            WebElement yes = eli.await(By.cssSelector(".ui-confirmdialog-yes"));
            new WebDriverWait(eli.driver(), Duration.ofSeconds(10)).until(d -> yes.isDisplayed());
            yes.click();
            eli.awaitText(By.id("progress-state"), "Sent to");
            assertThat(text(eli, "count-failed")).isEqualTo("0");
            assertThat(text(eli, "count-left")).isEqualTo("0");
            eli.screenshot(SCREENSHOTS.resolve("newsletter-mailing-en.png"));
            noViolations(eli, "the sending page");
            JsonObject mail = Inbox.about(reader, title);
            assertThat(mail.getString("html")).contains(title).contains("Read more")
                    .contains("/san-jose/stories/" + shelters + "-").contains("/san-jose/stories/" + cash + "-");
            assertThat(Inbox.header(mail, "List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

            eli.open(BASE + "/san-jose/newsletters/");
            eli.awaitText(By.tagName("main"), title);
            eli.screenshot(SCREENSHOTS.resolve("newsletter-archive-en.png"));
            eli.driver().findElement(By.partialLinkText(title)).click();
            eli.awaitText(By.tagName("h1"), title);
            assertThat(eli.driver().findElements(By.cssSelector("a.read-more"))).hasSizeGreaterThanOrEqualTo(2);
            eli.screenshot(SCREENSHOTS.resolve("newsletter-issue-en.png"));

            eli.open(Browser.STUDIO + "newsletters/?office=san-jose");
            eli.awaitText(By.id("issues:list"), title);
            WebElement row = eli.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + title + "']]"));
            assertThat(row.getText()).contains("May 2020", "English", "Published", "Eli Editor")
                    .containsPattern("\\d\\d / \\d\\d / \\d{4}, \\d\\d:\\d\\d");
            noViolations(eli, "the newsletters list");
        }

        assertThat(post("/test/desk/language", "person=" + EDITOR + "&language=es")).isEqualTo("es");
        try (Browser eli = new Browser("es")) {
            eli.open(Browser.STUDIO + "newsletters/issue.xhtml?office=san-jose&id=" + id);
            eli.signInOnKeycloak(EDITOR);
            eli.awaitText(By.id("builder:issue-state"), "Publicado");
            String page = text(eli, "main");
            assertThat(page).contains("Secciones", "Sección 1", "Elemento 1", "Enlace «Leer más»", "Recursos clave", "Vista previa como página web",
                    "Último cambio de Eli Editor");
            assertThat(page).as("no English left").doesNotContain("Section", "Item ", "Read more", "Save", "Last changed", "Preview");
            assertThat(new Select(eli.driver().findElement(By.id("builder:month"))).getFirstSelectedOption().getText()).isEqualTo("Mayo");
            ((JavascriptExecutor) eli.driver()).executeScript("window.scrollTo(0, 0)");
            eli.screenshot(SCREENSHOTS.resolve("newsletter-builder-es.png"));
            sectionsInView(eli);
            eli.screenshot(SCREENSHOTS.resolve("newsletter-builder-sections-es.png"));
            noViolations(eli, "the newsletter builder in Spanish");
            eli.open(Browser.STUDIO + "newsletters/?office=san-jose");
            eli.awaitText(By.id("issues:list"), title);
            assertThat(eli.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + title + "']]")).getText())
                    .contains("Mayo de 2020", "Inglés", "Publicado");
        }
    }

    @Test
    void theOfficesAdminSeesItsListAndNobodyElseDoes() throws Exception {
        String reader = "listed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        post("/san-jose/newsletters/subscribe", "email=" + reader + "&language=es");
        try (Browser sara = new Browser()) {
            sara.open(Browser.STUDIO + "newsletters/?office=san-jose");
            sara.signInOnKeycloak("sara.admin");
            sara.await(By.id("subscribers")).click();
            sara.awaitText(By.id("subscribers:list"), reader);
            WebElement row = sara.driver().findElement(By.xpath("//tr[.//td[normalize-space()='" + reader + "']]"));
            assertThat(row.getText()).contains("Spanish", "Waiting for confirmation").containsPattern("\\d\\d / \\d\\d / \\d{4}, \\d\\d:\\d\\d");
            assertThat(text(sara, "subscriber-counts")).contains("Spanish:").contains("waiting for confirmation");
            assertThat(sara.driver().findElement(By.id("export")).getAttribute("href"))
                    .endsWith("/studio/newsletters/subscribers.csv?office=san-jose");
            sara.screenshot(SCREENSHOTS.resolve("newsletter-subscribers-en.png"));
            noViolations(sara, "the subscribers page");
        }
        try (Browser eli = new Browser()) {
            eli.open(Browser.STUDIO + "newsletters/subscribers.xhtml?office=san-jose");
            eli.signInOnKeycloak(EDITOR);
            eli.awaitText(By.id("subscribers:messages"), "Only the office's admins see the newsletter's subscribers.");
            assertThat(text(eli, "main")).doesNotContain(reader);
            eli.open(Browser.STUDIO + "newsletters/?office=san-jose");
            eli.await(By.id("newsletters-heading"));
            assertThat(eli.driver().findElements(By.id("subscribers"))).as("no link to the list for an editor").isEmpty();
            eli.open(Browser.STUDIO + "newsletters/subscribers.csv?office=san-jose");
            assertThat(eli.driver().getPageSource()).doesNotContain(reader);
        }
    }

    private static void sectionsInView(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('section-list').scrollIntoView()");
    }

    private static void linkToStory(Browser browser, String item, String typed, String title) {
        chooseLink(browser, item, "STORY");
        WebElement input = browser.await(By.id(item + ":story_input"));
        input.sendKeys(typed);
        browser.await(By.xpath("//*[@id='" + item + ":story_panel']//*[contains(@class,'ui-autocomplete-item')][.//*[normalize-space()='" + title
                + "']]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> title.equals(value(browser, item + ":story_input")));
        browser.awaitQuiet();
    }

    private static void chooseLink(Browser browser, String item, String kind) {
        browser.driver().findElement(By.cssSelector("input[name='" + item + ":link'][value='" + kind + "']")).click();
        browser.awaitQuiet();
    }

    /** Drags the handle onto the target's top half, in small steps as a person's mouse moves (jQuery UI sortable follows them). */
    private static void drag(Browser browser, String handle, String target) {
        WebElement from = browser.driver().findElement(By.cssSelector(handle));
        WebElement onto = browser.driver().findElement(By.cssSelector(target));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", onto);
        int dy = onto.getRect().getY() - from.getRect().getY() - 10;
        Actions actions = new Actions(browser.driver()).moveToElement(from).clickAndHold().pause(Duration.ofMillis(200));
        for (int step = 1; step <= 10; step++) {
            actions.moveByOffset(0, dy / 10).pause(Duration.ofMillis(50));
        }
        actions.moveByOffset(0, -5).pause(Duration.ofMillis(200)).release().perform();
        browser.awaitQuiet();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.await(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(Browser browser, String id) {
        WebElement button = browser.await(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.awaitQuiet();
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The message shown next to a field (its p:message). */
    private static String messageOf(Browser browser, String id) {
        return browser.driver().findElement(By.id(id + "-message")).getText();
    }

    /** The ids of the builder's action buttons that the page shows. */
    private static List<String> buttons(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#builder\\:actions button")).stream().filter(WebElement::isDisplayed)
                .map(b -> b.getAttribute("id").replace("builder:", "")).toList();
    }

    private JsonObject stored(long id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/test/newsletters/issue?office=san-jose&id=" + id
                + "&as=" + EDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private String post(String path, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void noViolations(Browser browser, String page) throws IOException {
        browser.awaitQuiet();
        assertThat(AccessibilityIT.violations((JavascriptExecutor) browser.driver(), AccessibilityIT.axe())).map(String::valueOf)
                .as("WCAG 2.1 AA violations on " + page)
                .filteredOn(v -> !(v.startsWith("list ") && v.matches(".* at (([^ ]+ > )?\\.ui-messages-[a-z]+ > ul(, )?)+$"))).isEmpty();
    }

}
