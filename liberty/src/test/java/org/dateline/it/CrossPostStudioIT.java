package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-posting in the studio, in a real browser (headless Chromium) signed in with the test run's
 * Keycloak as the realm's demo staff: San José's editor shares a story with Washington from the
 * story's cross-posts page, the Americas regional editor, who starts at the regional queue,
 * previews and approves it, and Washington's site shows it with "Originally published by San
 * José" and the canonical link to San José's page; several requests decided at once, one of which
 * was decided meanwhile, the page saying which; the pages in Spanish; Washington's editor asks for
 * a San José story and sees what is shared with Washington. Every page is checked with axe-core and
 * left as a screenshot in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossPostStudioIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final String API = BASE + "/api/newsroom/v1/";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(Pressroom.class);
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long published(String title) throws Exception {
        return AccessibilityIT.publish("san-jose", "ana.author", "eli.editor", title, "Labour migration", "2020-06-11", "");
    }

    @Test
    void anEditorSharesAStoryTheRegionalEditorApprovesItAndWashingtonShowsItAsSanJosesStory() throws Exception {
        String title = unique("Shelters open in Washington");
        long id = published(title);
        try (Browser eli = new Browser(); Browser rita = new Browser()) {
            eli.open(Browser.STUDIO + "crossposts/story.xhtml?office=san-jose&id=" + id);
            eli.signInOnKeycloak("eli.editor");
            eli.awaitText(By.id("ledger-heading"), "Where the story is shared");
            assertThat(text(eli, "story-title")).isEqualTo(title);
            assertThat(text(eli, "ledger:lines")).contains("The story is not shared with any other office.");
            assertThat(text(eli, "ledger")).as("only the region's other offices are offered").contains("Share with other offices",
                    "Georgetown", "Washington").doesNotContain("Ask to share with San José");
            eli.driver().findElement(By.xpath("//label[normalize-space()='Washington']")).click();
            eli.driver().findElement(By.id("ledger:share-note")).sendKeys("A story about Washington, for Washington's readers");
            eli.screenshot(SCREENSHOTS.resolve("crossposts-share.png"));
            noViolations(eli, "the story's cross-posts page");
            eli.driver().findElement(By.id("ledger:share")).click();
            eli.awaitText(By.id("ledger:messages"), "Asked to share with Washington; the regional editor decides.");
            assertThat(text(eli, "ledger:lines")).contains("Washington", "Requested", "Eli Editor", "San José time",
                    "A story about Washington, for Washington's readers");

            rita.open(Browser.STUDIO);
            rita.signInOnKeycloak("rita.regional");
            rita.awaitText(By.id("queue-heading"), "Cross-posts of Americas");
            assertThat(rita.driver().getCurrentUrl()).as("a regional editor starts at the regional queue").endsWith("/studio/crossposts/queue.xhtml");
            assertThat(text(rita, "nav-crossposts-queue")).startsWith("Regional queue");
            assertThat(text(rita, "signed-in-as")).as("named as the region knows her").isEqualTo("Rita Regional");
            assertThat(Integer.parseInt(text(rita, "nav-waiting"))).as("the menu counts what waits for her").isPositive();
            assertThat(rita.driver().findElement(By.id("nav-waiting")).getAttribute("title")).isEqualTo("waiting for your decision");
            WebElement row = row(rita, "queue:tabs:waiting", title);
            assertThat(row.getText()).contains("San José", "Washington", "Eli Editor", "San José time", "Offered by the story's office");
            row.findElement(By.linkText(title)).click();
            rita.awaitText(By.id("preview-heading"), title);
            assertThat(text(rita, "queue:preview")).contains("From San José", "A lead for " + title, "The first paragraph of " + title);
            rita.screenshot(SCREENSHOTS.resolve("crossposts-queue.png"));
            noViolations(rita, "the regional queue");

            row(rita, "queue:tabs:waiting", title).findElement(By.xpath(".//button[contains(., 'Approve')]")).click();
            rita.awaitText(By.id("approve-form"), "Show “" + title + "” of San José on Washington's site.");
            assertThat(text(rita, "release-zone")).isEqualTo("A time in Washington: America/New_York");
            noViolations(rita, "the approval dialog");
            rita.driver().findElement(By.id("approve-form:approve-confirm")).click();
            rita.awaitText(By.id("queue:messages"), "Approved: “" + title + "” goes on Washington's site.");
            assertThat(text(rita, "queue:tabs:waiting")).doesNotContain(title);

            rita.driver().findElement(By.xpath("//a[normalize-space()='History']")).click();
            rita.awaitText(By.id("queue:tabs:history"), title);
            assertThat(row(rita, "queue:tabs:history", title).getText()).contains("San José", "Washington", "Live", "Rita Regional");
            row(rita, "queue:tabs:history", title).findElement(By.linkText(title)).click();
            rita.awaitText(By.id("ledger-heading"), "Where the story is shared");
            assertThat(text(rita, "ledger:lines")).as("the region's editor may withdraw it").contains("Washington", "Live", "Withdraw");
            assertThat(text(rita, "ledger")).as("sharing is for the origin's editors").doesNotContain("Share with other offices");

            rita.open(BASE + "/washington/stories/" + id);
            rita.awaitText(By.tagName("h1"), title);
            assertThat(rita.driver().getCurrentUrl()).contains("/washington/stories/" + id + "-");
            assertThat(rita.driver().findElement(By.tagName("body")).getText()).contains("Originally published by San José");
            String canonical = (String) ((JavascriptExecutor) rita.driver())
                    .executeScript("return document.querySelector('link[rel=canonical]').getAttribute('href')");
            assertThat(canonical).contains("/san-jose/stories/" + id + "-").doesNotContain("/washington/");
            rita.screenshot(SCREENSHOTS.resolve("crossposts-copy-on-washington.png"));

            eli.open(Browser.STUDIO + "crossposts/story.xhtml?office=san-jose&id=" + id);
            eli.awaitText(By.id("ledger:lines"), "Live");
            assertThat(text(eli, "ledger:lines")).contains("Washington", "Live", "Eli Editor", "Rita Regional", "Washington time");
            assertThat(eli.driver().findElement(By.linkText("Washington")).getAttribute("href")).contains("/washington/stories/" + id + "-");
            eli.screenshot(SCREENSHOTS.resolve("crossposts-ledger.png"));
            noViolations(eli, "the story's cross-posts page with a live copy");

            eli.open(Browser.STUDIO + "crossposts/queue.xhtml");
            eli.awaitText(By.id("queue:messages"), "The regional queue is for regional editors");
            assertThat(eli.driver().findElements(By.id("queue:tabs"))).as("nothing offered that would be refused").isEmpty();
        }
    }

    @Test
    void decidingSeveralAtOnceSaysWhichWereDoneAndWhyNotTheOthers() throws Exception {
        String first = unique("Bulk first");
        String second = unique("Bulk second");
        long firstId = published(first);
        long secondId = published(second);
        offer(firstId);
        offer(secondId);
        try (Browser rita = new Browser()) {
            rita.open(Browser.STUDIO + "crossposts/queue.xhtml");
            rita.signInOnKeycloak("rita.regional");
            rita.awaitText(By.id("queue:tabs:waiting"), second);
            select(rita, first);
            select(rita, second);
            rita.driver().findElement(By.id("queue:tabs:decline-selected")).click();
            rita.awaitText(By.id("queue:messages"), "Say why it is declined.");
            assertThat(text(rita, "queue:tabs:waiting")).as("nothing was declined").contains(first, second);
            // meanwhile, in another window, the second is declined
            JsonObject waiting = waitingFor(secondId);
            HttpResponse<String> declined = post("rita.regional", "cross-posts/" + waiting.getInt("id") + "/decline?version="
                    + waiting.getInt("version") + "&note=Not+this+week", null);
            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

            rita.driver().findElement(By.id("queue:tabs:approve-selected")).click();
            rita.awaitText(By.id("queue:messages"), "1 of 2 approved.");
            String results = text(rita, "queue:results");
            assertThat(results).contains(first + " → Washington: approved")
                    .contains(second + " → Washington: Could not approve it: it is declined for Washington.");
            rita.screenshot(SCREENSHOTS.resolve("crossposts-queue-bulk.png"));
            noViolations(rita, "the regional queue after a bulk decision");

        }
    }

    @Test
    void theCrossPostingPagesSpeakSpanish() throws Exception {
        String title = unique("Albergues en Washington");
        long id = published(title);
        offer(id);
        try (Browser rita = new Browser("es"); Browser eli = new Browser("es")) {
            rita.open(Browser.STUDIO);
            rita.signInOnKeycloak("rita.regional");
            rita.awaitText(By.id("queue-heading"), "Publicaciones compartidas de Américas");
            assertThat(row(rita, "queue:tabs:waiting", title).getText()).contains("San José", "Washington", "hora de San José",
                    "Ofrecida por la oficina de la nota", "Aprobar", "Rechazar");
            assertThat(text(rita, "main")).doesNotContain("Approve", "Decline", "Story", "History", "Asked by");
            row(rita, "queue:tabs:waiting", title).findElement(By.linkText(title)).click();
            rita.awaitText(By.id("preview-heading"), "Vista previa");
            rita.screenshot(SCREENSHOTS.resolve("crossposts-queue-es.png"));
            noViolations(rita, "the Spanish regional queue");
            row(rita, "queue:tabs:waiting", title).findElement(By.xpath(".//button[contains(., 'Rechazar')]")).click();
            rita.awaitText(By.id("decline-form"), "Rechazar que «" + title + "» de San José se muestre en el sitio de Washington.");
            rita.driver().findElement(By.id("decline-form:decline-confirm")).click();
            rita.awaitText(By.id("decline-form"), "Diga por qué se rechaza.");
            rita.driver().findElement(By.id("decline-form:decline-note")).sendKeys("Ya publicamos algo parecido");
            rita.driver().findElement(By.id("decline-form:decline-confirm")).click();
            rita.awaitText(By.id("queue:messages"), "Rechazada: «" + title + "» para Washington.");

            eli.open(Browser.STUDIO + "crossposts/story.xhtml?office=san-jose&id=" + id);
            eli.signInOnKeycloak("eli.editor");
            eli.awaitText(By.id("ledger-heading"), "Dónde se comparte la nota");
            assertThat(text(eli, "ledger:lines")).contains("Washington", "Rechazada", "Rita Regional", "Ya publicamos algo parecido",
                    "hora de Washington");
            assertThat(text(eli, "ledger")).contains("Compartir con otras oficinas", "Pedir compartirla");
            assertThat(text(eli, "main")).doesNotContain("Declined", "Share with", "Asked by");
            eli.screenshot(SCREENSHOTS.resolve("crossposts-ledger-es.png"));
            noViolations(eli, "the Spanish story's cross-posts page");
        }
    }

    @Test
    void washingtonsEditorAsksForASanJoseStoryAndSeesWhatIsSharedWithWashington() throws Exception {
        String title = unique("Asked for by Washington");
        long id = published(title);
        try (Browser will = new Browser()) {
            will.open(Browser.STUDIO + "crossposts/ask.xhtml");
            will.signInOnKeycloak("will.editor");
            will.awaitText(By.id("ask-heading"), "Ask for another office's story");
            will.choose("ask:origin", "San José");
            will.driver().findElement(By.id("ask:title")).sendKeys(title.substring(title.length() - 8));
            will.driver().findElement(By.id("ask:search")).click();
            will.awaitText(By.id("ask:stories"), title);
            assertThat(text(will, "ask:stories")).contains("11 / 06 / 2020");
            will.screenshot(SCREENSHOTS.resolve("crossposts-ask.png"));
            noViolations(will, "asking for a story");
            row(will, "ask:stories", title).findElement(By.xpath(".//button[contains(., 'Ask for it')]")).click();
            will.awaitText(By.id("ask-form"), "Ask for “" + title + "” of San José on Washington's site.");
            will.driver().findElement(By.id("ask-form:ask-note")).sendKeys("Our readers asked about this");
            will.driver().findElement(By.id("ask-form:ask-confirm")).click();
            will.awaitText(By.id("ask:messages"), "Asked for “" + title + "” of San José; the regional editor decides.");
            assertThat(row(will, "ask:stories", title).getText()).contains("requested");

            JsonObject waiting = waitingFor(id);
            assertThat(waiting.getString("direction")).isEqualTo("PULL");
            assertThat(waiting.getString("requestedBy")).isEqualTo("will.editor");
            HttpResponse<String> approved = post("rita.regional", "cross-posts/" + waiting.getInt("id") + "/approve?version="
                    + waiting.getInt("version"), null);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            will.open(Browser.STUDIO + "crossposts/copies.xhtml");
            will.awaitText(By.id("copies-heading"), "Shared with Washington");
            assertThat(row(will, "copies:lines", title).getText()).contains("San José", "Live", "Washington time", "Take down from our site");
            will.screenshot(SCREENSHOTS.resolve("crossposts-copies.png"));
            noViolations(will, "what is shared with Washington");
            row(will, "copies:lines", title).findElement(By.xpath(".//button[contains(., 'Take down from our site')]")).click();
            will.awaitText(By.id("take-down-form"), "Take “" + title + "” off Washington's site.");
            will.driver().findElement(By.id("take-down-form:take-down-confirm")).click();
            will.awaitText(By.id("copies:messages"), "“" + title + "” is off the site.");
            assertThat(row(will, "copies:lines", title).getText()).contains("Withdrawn", "Washington time");
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "/washington/stories/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void whenTheOriginBringsItsStoryBackWashingtonsEditorPutsTheCopyLiveAgain() throws Exception {
        String title = unique("Back on the site of Washington");
        long id = published(title);
        offer(id);
        JsonObject waiting = waitingFor(id);
        assertThat(post("rita.regional", "cross-posts/" + waiting.getInt("id") + "/approve?version=" + waiting.getInt("version"), null)
                .statusCode()).isEqualTo(200);
        // San José takes its story off its site (its copy comes off with it), then publishes it again
        JsonObject story = send("eli.editor", "POST", "offices/san-jose/stories/" + id + "/unpublish?version=" + version(id)
                + "&comment=Checking+a+figure", null);
        story = send("eli.editor", "PUT", "offices/san-jose/stories/" + id + "?version=" + story.getInt("version"),
                "{\"lead\": \"The figure is checked.\"}");
        story = send("eli.editor", "POST", "offices/san-jose/stories/" + id + "/submit?version=" + story.getInt("version"), null);
        send("eli.editor", "POST", "offices/san-jose/stories/" + id + "/publish?version=" + story.getInt("version"), null);
        HttpResponse<String> copy = http.send(HttpRequest.newBuilder(URI.create(BASE + "/washington/stories/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(copy.statusCode()).as("the copy waits for Washington's decision").isEqualTo(404);

        try (Browser will = new Browser()) {
            will.open(Browser.STUDIO + "crossposts/copies.xhtml");
            will.signInOnKeycloak("will.editor");
            will.awaitText(By.id("copies-heading"), "Shared with Washington");
            assertThat(row(will, "copies:lines", title).getText()).as("what is not on the site is not offered to be taken down")
                    .contains("San José", "Eli Editor", "waiting to be put live again", "Put live again", "Keep it off our site")
                    .doesNotContain("Take down from our site");
            row(will, "copies:lines", title).findElement(By.xpath(".//button[contains(., 'Put live again')]")).click();
            will.awaitText(By.id("copies:messages"), "“" + title + "” is live again.");
            assertThat(row(will, "copies:lines", title).getText()).contains("Live", "Take down from our site")
                    .doesNotContain("Put live again", "Keep it off our site");
            will.screenshot(SCREENSHOTS.resolve("crossposts-copies-live-again.png"));
            noViolations(will, "a copy put live again");
        }
        copy = http.send(HttpRequest.newBuilder(URI.create(BASE + "/washington/stories/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(copy.statusCode()).as("Washington's readers see it again").isIn(200, 301);
    }

    private int version(long storyId) throws Exception {
        HttpResponse<String> story = http.send(HttpRequest.newBuilder(URI.create(API + "offices/san-jose/stories/" + storyId))
                .header("Authorization", "Bearer " + NewsroomApi.token("eli.editor")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(story.body())).readObject().getInt("version");
    }

    /** A newsroom API call that must succeed; the story it answers with. */
    private JsonObject send(String person, String method, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", "Bearer " + NewsroomApi.token(person)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** San José's editor offers the story to Washington, through the newsroom API. */
    private void offer(long storyId) throws Exception {
        HttpResponse<String> offered = post("eli.editor", "offices/san-jose/stories/" + storyId + "/cross-posts",
                "{\"targets\": [\"washington\"], \"note\": \"For Washington\"}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(200);
    }

    /** The request for the story in the regional editor's queue, as the newsroom API gives it. */
    private JsonObject waitingFor(long storyId) throws Exception {
        HttpResponse<String> queue = http.send(HttpRequest.newBuilder(URI.create(API + "cross-posts/queue"))
                .header("Authorization", "Bearer " + NewsroomApi.token("rita.regional")).build(), HttpResponse.BodyHandlers.ofString());
        JsonArray waiting = Json.createReader(new StringReader(queue.body())).readArray();
        return waiting.getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("storyId").longValue() == storyId)
                .findFirst().orElseThrow(() -> new AssertionError("story " + storyId + " is not waiting: " + queue.body()));
    }

    private HttpResponse<String> post(String person, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", "Bearer " + NewsroomApi.token(person))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ticks the row of the story in the queue. */
    private static void select(Browser browser, String title) {
        row(browser, "queue:tabs:waiting", title).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.await(By.xpath("//tr[contains(., '" + title + "') and @aria-selected='true']"));
    }

    private static WebElement row(Browser browser, String table, String title) {
        return browser.await(By.xpath("//*[@id='" + table + "']//tr[contains(., '" + title + "')]"));
    }

    private static String text(Browser browser, String id) {
        return id.equals("main") ? browser.await(By.tagName("main")).getText() : browser.await(By.id(id)).getText();
    }

    /** axe-core finds no WCAG 2.1 A or AA violation on what the browser shows. */
    private static void noViolations(Browser browser, String page) throws IOException {
        browser.awaitQuiet();
        assertThat(AccessibilityIT.violations((JavascriptExecutor) browser.driver(), AccessibilityIT.axe())).map(String::valueOf)
                .as("WCAG 2.1 AA violations on " + page).filteredOn(v -> !messagesList(v)).isEmpty();
    }

    /** PrimeFaces' p:messages, an {@code <li role="alert">} in a {@code <ul>}, on every studio page (see LanguagesIT). */
    private static boolean messagesList(String violation) {
        return violation.startsWith("list ") && violation.matches(".* at (([^ ]+ > )?\\.ui-messages-[a-z]+ > ul(, )?)+$");
    }
}
