package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story editor as authors and editors use it, in headless Chromium signed in on the test run's
 * Keycloak: every field (rich text, topics, language, hero image), every action of the role, the
 * preview, the edit lock and the translation, each checked on the page and on the reader site.
 * Screenshots of the editor and the preview, in English and Spanish, are left in
 * {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class StoryEditorIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final ZoneId SAN_JOSE = ZoneId.of("America/Costa_Rica");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StoryEditorIT.class);
    }

    /** The application answers before the first browser opens it (the deployment may still be starting). */
    @org.junit.jupiter.api.BeforeEach
    void applicationIsUp() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (status(BASE + "/san-jose/") == 404 && System.nanoTime() < until) {
            Thread.sleep(1000);
        }
    }

    @Test
    void authorWritesARichStoryWithTopicsAndAHeroImageAndTheEditorSchedulesItAtALocalTimeThenPublishesItAtOnce() throws Exception {
        String title = Newsroom.unique("Floods in the north");
        String topic = Newsroom.unique("Flood relief");
        String storyUrl;
        try (Browser author = new Browser()) {
            author.open(Browser.STUDIO + "story.xhtml");
            author.signInOnKeycloak("ana.author");
            author.await(By.id("editor:title")).sendKeys(title);
            author.driver().findElement(By.id("editor:dateline")).sendKeys("San José –");
            author.driver().findElement(By.id("editor:lead")).sendKeys("Families left their homes as the rivers rose.");
            writeRichText(author);
            addTopic(author, topic);
            uploadHero(author, png(1600, 900), "A flooded street in the north", "Photo: Test Desk");
            author.awaitText(By.id("editor:hero"), "A flooded street in the north");
            author.driver().findElement(By.id("save")).click();
            author.awaitText(By.id("editor:messages"), "Story saved");
            storyUrl = author.driver().getCurrentUrl();
            assertThat(storyUrl).contains("story.xhtml?id=");
            author.screenshot(SCREENSHOTS.resolve("editor-author-english.png"));

            // what the author may do here, and nothing an editor does
            assertThat(buttons(author)).contains("save", "submit").doesNotContain("publish", "schedule-open", "archive");
            author.driver().findElement(By.id("submit")).click();
            author.awaitText(By.id("editor:messages"), "Submitted for review.");
            author.awaitText(By.id("story-state"), "In review");
            author.screenshot(SCREENSHOTS.resolve("editor-author-submitted.png"));
            assertThat(buttons(author)).as(author.driver().findElement(By.id("editor")).getText())
                    .contains("withdraw").doesNotContain("save", "submit", "publish", "share");
        }
        long id = Long.parseLong(storyUrl.replaceAll(".*id=", ""));

        try (Browser editor = new Browser()) {
            editor.open(storyUrl);
            editor.signInOnKeycloak("eli.editor");
            editor.awaitText(By.id("story-state"), "In review");
            assertThat(buttons(editor)).contains("publish", "schedule-open", "request-changes-open", "save", "share");
            assertThat(editor.driver().findElement(By.id("share")).getAttribute("href")).endsWith("/studio/crossposts/story.xhtml?office=san-jose&id=" + id);
            assertThat(editor.driver().findElement(By.id("editor:topics")).getText()).contains(topic);

            // the preview: the reader site's own page, with the office's branding, before it is live
            editor.open(BASE + "/studio/preview/san-jose/" + id);
            editor.awaitText(By.tagName("h1"), title);
            WebDriver page = editor.driver();
            assertThat(page.findElement(By.cssSelector(".story .body h2")).getText()).isEqualTo("What happened");
            assertThat(page.findElements(By.cssSelector(".story .body ul li"))).hasSize(2);
            assertThat(page.findElement(By.cssSelector(".story .body blockquote")).getText()).contains("We lost everything");
            assertThat(page.findElement(By.cssSelector("figure.hero img")).getAttribute("alt")).isEqualTo("A flooded street in the north");
            assertThat(page.findElement(By.cssSelector("ul.topics")).getText()).contains(topic);
            editor.screenshot(SCREENSHOTS.resolve("preview-english.png"));
            assertThat(status(BASE + "/san-jose/stories/" + id)).as("not live before its time").isEqualTo(404);

            // scheduled two minutes ahead, in San José's time
            editor.open(storyUrl);
            editor.await(By.id("editor:schedule-open")).click();
            assertThat(editor.await(By.id("schedule-form:schedule-dialog")).getText()).contains("America/Costa_Rica");
            LocalDateTime at = LocalDateTime.now(SAN_JOSE).plusMinutes(3).withSecond(0).withNano(0);
            WebElement when = editor.driver().findElement(By.id("schedule-form:when_input"));
            String typed = at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            when.sendKeys(typed);
            // a busy machine may lose keys to the calendar opening meanwhile: what the field holds is what is sent
            for (int i = 0; i < 3 && !typed.equals(when.getAttribute("value")); i++) {
                when.clear();
                when.sendKeys(typed);
            }
            if (!typed.equals(when.getAttribute("value"))) {
                // this Chromium's keys sometimes never reach the picker's field: the time is given to the picker
                // as choosing it in its calendar would, and the field must then show it in the office's pattern
                ((org.openqa.selenium.JavascriptExecutor) editor.driver()).executeScript(
                        "PrimeFaces.getWidgetById('schedule-form:when').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2],"
                                + " arguments[3], arguments[4]));", at.getYear(), at.getMonthValue(), at.getDayOfMonth(), at.getHour(),
                        at.getMinute());
            }
            assertThat(when.getAttribute("value")).isEqualTo(typed);
            when.sendKeys(Keys.ESCAPE);
            // the calendar closes with an animation: a click while it still covers the button would go to it;
            // if Escape did not reach it (a slow machine), the picker is told to close as its own Escape would
            // (a click outside it may land on a day of the calendar, which covers much of the dialog)
            try {
                new WebDriverWait(editor.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("schedule-form:when_panel")));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                ((org.openqa.selenium.JavascriptExecutor) editor.driver()).executeScript(
                        "var w = PrimeFaces.getWidgetById('schedule-form:when');"
                        + " try { if (w && w.hide) { w.hide(); } else if (w && w.hideOverlay) { w.hideOverlay(); } } catch (e) {}"
                        + " if (document.activeElement) { document.activeElement.blur(); }");
                try {
                    new WebDriverWait(editor.driver(), Duration.ofSeconds(5))
                            .until(ExpectedConditions.invisibilityOfElementLocated(By.id("schedule-form:when_panel")));
                } catch (org.openqa.selenium.TimeoutException stillThere) {
                    // the picker's panel is only a help to type the time: what is sent is the field's text
                    ((org.openqa.selenium.JavascriptExecutor) editor.driver()).executeScript(
                            "document.getElementById('schedule-form:when_panel').style.display = 'none';");
                }
            }
            new WebDriverWait(editor.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("schedule-form:when_panel")));
            assertThat(when.getAttribute("value")).as("the time typed is still in the field").isEqualTo(typed);
            editor.driver().findElement(By.id("schedule-form:schedule")).click();
            try {
                editor.awaitText(By.id("story-state"), "Scheduled");
            } catch (AssertionError notScheduled) {
                editor.screenshot(SCREENSHOTS.resolve("editor-schedule-refused.png"));
                throw new AssertionError("not scheduled for " + at + " (now " + LocalDateTime.now(SAN_JOSE) + "); the dialog says: "
                        + ((org.openqa.selenium.JavascriptExecutor) editor.driver()).executeScript(
                                "return document.getElementById('schedule-form').textContent"), notScheduled);
            }
            assertThat(editor.driver().findElement(By.id("scheduled-for")).getText()).contains(at.format(DateTimeFormatter.ofPattern("HH:mm")));
            assertThat(buttons(editor)).contains("cancel-schedule", "publish");
            editor.screenshot(SCREENSHOTS.resolve("editor-editor-scheduled.png"));
            assertThat(status(BASE + "/san-jose/stories/" + id)).as("not live before its time").isEqualTo(404);
            // that the scheduler publishes at the time is ScheduledPublicationIT's (and, across a restart,
            // ScheduledPublicationAfterRestartIT's): here the editor decides not to wait and publishes now
            editor.await(By.id("editor:publish")).click();
            editor.awaitText(By.id("story-state"), "Published");
            assertThat(editor.driver().findElements(By.id("scheduled-for"))).as("no schedule left").isEmpty();
        }
        String reader = awaitLive(id, Duration.ofSeconds(30));
        assertThat(reader).contains(title).contains("What happened").contains("A flooded street in the north").contains(topic);
    }

    @Test
    void editorCorrectsALiveStoryAndItKeepsItsImageTopicsLanguageAndDate() throws Exception {
        String title = Newsroom.unique("Bridge reopens");
        String topic = Newsroom.unique("Roads");
        try (Browser editor = new Browser()) {
            editor.open(Browser.STUDIO + "story.xhtml");
            editor.signInOnKeycloak("eli.editor");
            editor.await(By.id("editor:title")).sendKeys(title);
            uploadHero(editor, png(1200, 800), "The bridge over the river", null);
            editor.awaitText(By.id("editor:hero"), "The bridge over the river");
            body(editor).sendKeys("The bridge reopened on Monday.");
            addTopic(editor, topic);
            new Select(editor.driver().findElement(By.id("editor:language"))).selectByValue("es");
            WebElement date = editor.driver().findElement(By.id("editor:publication-date_input"));
            date.sendKeys("2020-06-11");
            date.sendKeys(Keys.ESCAPE);
            editor.driver().findElement(By.id("submit")).click();
            editor.awaitText(By.id("story-state"), "In review");
            editor.await(By.id("editor:publish")).click();
            editor.awaitText(By.id("story-state"), "Published");
            long id = Long.parseLong(editor.driver().getCurrentUrl().replaceAll(".*id=", ""));
            String before = awaitLive(id, Duration.ofSeconds(30));
            assertThat(before).contains("The bridge reopened on Monday.");

            // the correction: a new revision of the live story, with its notice
            body(editor).sendKeys(Keys.END, " It had been closed for two weeks.");
            editor.await(By.id("editor:correction")).sendKeys("An earlier version gave the wrong day.");
            editor.driver().findElement(By.id("save")).click();
            editor.awaitText(By.id("editor:messages"), "Saved.");
            editor.awaitText(By.id("live-notice"), "Live version stays on the site until this one is published");
            assertThat(editor.driver().findElement(By.id("live-link")).getAttribute("href")).contains("/san-jose/stories/" + id);
            editor.driver().findElement(By.id("submit")).click();
            editor.awaitText(By.id("story-state"), "In review");
            editor.await(By.id("editor:publish")).click();
            editor.awaitText(By.id("story-state"), "Published");

            String after = fetch(BASE + "/san-jose/stories/" + id);
            assertThat(after).contains("It had been closed for two weeks.").contains("An earlier version gave the wrong day.")
                    .contains("The bridge over the river").contains(topic).contains("lang=\"es\"").contains("2020");
        }
    }

    @Test
    void oversizedAndNonImageUploadsAreRefusedNextToTheField() throws Exception {
        try (Browser author = new Browser()) {
            author.open(Browser.STUDIO + "story.xhtml");
            author.signInOnKeycloak("ana.author");
            author.await(By.id("editor:title")).sendKeys(Newsroom.unique("Uploads"));
            Path text = Files.createTempFile("not-an-image", ".jpg");
            Files.writeString(text, "This is a text file, not a picture.");
            uploadHero(author, text, "Not a picture", null);
            author.awaitText(By.id("editor:hero"), "not");
            String refusal = heroMessage(author);
            assertThat(refusal).isNotBlank();

            byte[] big = new byte[11 * 1024 * 1024];
            new Random(1).nextBytes(big);
            Path oversized = Files.createTempFile("oversized", ".png");
            Files.write(oversized, big);
            uploadHero(author, oversized, "Too big", null);
            new WebDriverWait(author.driver(), Duration.ofSeconds(60)).until(d -> heroMessage(author).contains("10"));
            assertThat(heroMessage(author)).contains("at most");
            assertThat(author.driver().findElements(By.id("hero-thumbnail"))).isEmpty();
            author.screenshot(SCREENSHOTS.resolve("editor-upload-refused.png"));
        }
    }

    @Test
    void secondEditorSeesWhoIsEditingAndTakesOverAndTheFirstKeepsTheirUnsavedText() throws Exception {
        String title = Newsroom.unique("Shared story");
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.open(Browser.STUDIO + "story.xhtml");
            first.signInOnKeycloak("ana.author");
            first.await(By.id("editor:title")).sendKeys(title);
            first.driver().findElement(By.id("save")).click();
            first.awaitText(By.id("editor:messages"), "Story saved");
            String storyUrl = first.driver().getCurrentUrl();
            first.driver().findElement(By.id("editor:lead")).sendKeys("Typed by Ana, not saved.");

            second.open(storyUrl);
            second.signInOnKeycloak("eli.editor");
            second.awaitText(By.id("lock-text"), "Ana Author is editing since");
            assertThat(second.driver().findElement(By.id("editor:title")).isEnabled()).isFalse();
            assertThat(buttons(second)).doesNotContain("save", "submit");
            second.screenshot(SCREENSHOTS.resolve("editor-locked.png"));
            second.driver().findElement(By.id("lock-form:take-over")).click();
            second.awaitText(By.id("editor:messages"), "You are editing the story now.");
            assertThat(second.driver().findElement(By.id("editor:title")).isEnabled()).isTrue();

            // the first person is told on the page's next call, and their text is kept
            new WebDriverWait(first.driver(), Duration.ofSeconds(90))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("lock-form"), "Eli Editor took over editing"));
            assertThat(first.driver().findElement(By.id("lock-form")).getText()).contains("kept as revision 2");
            first.screenshot(SCREENSHOTS.resolve("editor-taken-over.png"));
            assertThat(first.driver().findElement(By.id("editor:lead")).isEnabled()).isFalse();
            second.open(storyUrl);
            second.awaitText(By.id("revisions"), "Unsaved text of ana.author");
        }
    }

    @Test
    void theSpanishVersionIsWrittenFromTheEnglishStoryAndTheReaderPageSwitchesLanguage() throws Exception {
        String title = Newsroom.unique("Water for schools");
        try (Browser editor = new Browser()) {
            editor.open(Browser.STUDIO + "story.xhtml");
            editor.signInOnKeycloak("eli.editor");
            editor.await(By.id("editor:title")).sendKeys(title);
            body(editor).sendKeys("Schools in the south get clean water.");
            editor.driver().findElement(By.id("save")).click();
            editor.awaitText(By.id("editor:messages"), "Story saved");
            long english = Long.parseLong(editor.driver().getCurrentUrl().replaceAll(".*id=", ""));
            editor.driver().findElement(By.id("editor:translate")).click();

            editor.awaitText(By.id("editor:translation"), "Schools in the south get clean water.");
            assertThat(editor.driver().findElement(By.id("translation-title")).getText()).isEqualTo(title);
            assertThat(new Select(editor.driver().findElement(By.id("editor:language"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("es");
            long spanish = Long.parseLong(editor.driver().getCurrentUrl().replaceAll(".*id=", ""));
            WebElement titleField = editor.driver().findElement(By.id("editor:title"));
            titleField.clear();
            titleField.sendKeys("Agua para las escuelas " + title);
            body(editor).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Las escuelas del sur reciben agua limpia.");
            editor.driver().findElement(By.id("submit")).click();
            editor.awaitText(By.id("story-state"), "In review");
            editor.await(By.id("editor:publish")).click();
            editor.awaitText(By.id("story-state"), "Published");
            editor.screenshot(SCREENSHOTS.resolve("editor-translation-side-by-side.png"));

            editor.open(Browser.STUDIO + "story.xhtml?id=" + english);
            editor.await(By.id("submit")).click();
            editor.awaitText(By.id("story-state"), "In review");
            editor.await(By.id("editor:publish")).click();
            editor.awaitText(By.id("story-state"), "Published");

            editor.open(BASE + "/san-jose/stories/" + english);
            editor.await(By.cssSelector(".language-switch a")).click();
            editor.awaitText(By.tagName("h1"), "Agua para las escuelas");
            assertThat(editor.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(editor.driver().getCurrentUrl()).contains("/stories/" + spanish);
        }
    }

    @Test
    void theEditorInSpanishIsSpanishAndAxeClean() throws Exception {
        String axe = AccessibilityIT.axe();
        try (Browser author = new Browser("es")) {
            author.open(Browser.STUDIO + "story.xhtml");
            author.signInOnKeycloak("ana.author");
            author.await(By.id("editor:title")).sendKeys(Newsroom.unique("Una nota"));
            body(author).sendKeys("Texto de la nota.");
            author.driver().findElement(By.id("save")).click();
            author.awaitText(By.id("editor:messages"), "Nota guardada");
            assertThat(author.driver().findElement(By.id("story-state")).getText()).isEqualTo("Borrador");
            assertThat(author.driver().findElement(By.id("submit")).getText()).isEqualTo("Enviar a revisión");
            author.screenshot(SCREENSHOTS.resolve("editor-author-spanish.png"));
            assertThat(AccessibilityIT.violations((JavascriptExecutor) author.driver(), axe)).as("axe on the editor").isEmpty();
            long id = Long.parseLong(author.driver().getCurrentUrl().replaceAll(".*id=", ""));
            author.open(BASE + "/studio/preview/san-jose/" + id);
            author.await(By.tagName("h1"));
            author.screenshot(SCREENSHOTS.resolve("preview-spanish.png"));
        }
        try (Browser editor = new Browser()) {
            editor.open(Browser.STUDIO + "story.xhtml");
            editor.signInOnKeycloak("eli.editor");
            editor.await(By.id("editor:title"));
            assertThat(AccessibilityIT.violations((JavascriptExecutor) editor.driver(), axe)).as("axe on the new story").isEmpty();
        }
    }

    @Test
    void previewIsOnlyForTheOfficesStaff() throws Exception {
        long id;
        try (Browser author = new Browser()) {
            author.open(Browser.STUDIO + "story.xhtml");
            author.signInOnKeycloak("ana.author");
            author.await(By.id("editor:title")).sendKeys(Newsroom.unique("Not for Georgetown"));
            author.driver().findElement(By.id("save")).click();
            author.awaitText(By.id("editor:messages"), "Story saved");
            id = Long.parseLong(author.driver().getCurrentUrl().replaceAll(".*id=", ""));
        }
        try (Browser other = new Browser()) {
            other.open(Browser.STUDIO);
            other.signInOnKeycloak("grace.editor");
            other.await(By.id("signed-in-as"));
            other.open(BASE + "/studio/preview/san-jose/" + id);
            assertThat(other.driver().getPageSource()).doesNotContain("Not for Georgetown");
        }
        assertThat(status(BASE + "/studio/preview/san-jose/" + id)).as("anonymous").isNotEqualTo(200);
    }

    @Test
    void keyboardOnlyTheAuthorWritesAndSubmitsAndTheEditorPublishes() throws Exception {
        String title = Newsroom.unique("Typed without a mouse");
        String storyUrl;
        try (Browser author = new Browser()) {
            author.open(Browser.STUDIO + "story.xhtml");
            author.signInOnKeycloak("ana.author");
            author.await(By.id("editor:title"));
            focus(author, "editor:title");
            Actions keys = new Actions(author.driver());
            keys.sendKeys(title).sendKeys(Keys.TAB).sendKeys("San José –").perform();
            // from the lead, Tab goes on to the body's toolbar and then into its text
            focus(author, "editor:lead");
            keys.sendKeys("A lead typed with the keyboard.").perform();
            tabUntil(author, e -> String.valueOf(e.getAttribute("class")).contains("ql-editor")
                    || "true".equals(e.getAttribute("contenteditable")));
            keys.sendKeys("A body typed with the keyboard.").perform();
            tabUntil(author, e -> "submit".equals(e.getAttribute("id")));
            keys.sendKeys(Keys.ENTER).perform();
            author.awaitText(By.id("story-state"), "In review");
            storyUrl = author.driver().getCurrentUrl();
        }
        try (Browser editor = new Browser()) {
            editor.open(storyUrl);
            editor.signInOnKeycloak("eli.editor");
            editor.awaitText(By.id("story-state"), "In review");
            tabUntil(editor, e -> "editor:publish".equals(e.getAttribute("id")));
            new Actions(editor.driver()).sendKeys(Keys.ENTER).perform();
            editor.awaitText(By.id("story-state"), "Published");
        }
        long id = Long.parseLong(storyUrl.replaceAll(".*id=", ""));
        assertThat(fetch(BASE + "/san-jose/stories/" + id)).contains(title).contains("A body typed with the keyboard.");
    }

    // --- helpers

    /** Headings, a list and a quote, through the editor's toolbar. */
    private static void writeRichText(Browser browser) {
        WebElement text = body(browser);
        text.sendKeys("Rivers rose overnight.", Keys.ENTER);
        browser.driver().findElement(By.cssSelector("#editor\\:body_toolbar button.ql-header[value='2'], button.ql-header[value='2']")).click();
        text.sendKeys("What happened", Keys.ENTER);
        browser.driver().findElement(By.cssSelector("button.ql-list[value='bullet']")).click();
        text.sendKeys("Roads closed", Keys.ENTER, "Schools shut", Keys.ENTER, Keys.ENTER);
        browser.driver().findElement(By.cssSelector("button.ql-blockquote")).click();
        text.sendKeys("We lost everything, said a farmer.");
    }

    static WebElement body(Browser browser) {
        WebElement text = browser.await(By.cssSelector("#editor\\:body .ql-editor"));
        text.click();
        return text;
    }

    private static void addTopic(Browser browser, String topic) {
        WebElement input = browser.driver().findElement(By.id("editor:topics_input"));
        input.sendKeys(topic);
        WebElement item = browser.await(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item"));
        item.click();
        browser.awaitText(By.id("editor:topics"), topic);
        browser.driver().findElement(By.tagName("h1")).click();
    }

    private static void uploadHero(Browser browser, Path file, String alt, String credit) {
        browser.driver().findElement(By.cssSelector("#editor\\:hero input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        WebElement altField = browser.driver().findElement(By.id("editor:hero-alt"));
        altField.clear();
        altField.sendKeys(alt);
        if (credit != null) {
            browser.driver().findElement(By.id("editor:hero-credit")).sendKeys(credit);
        }
        browser.driver().findElement(By.id("editor:hero-upload")).click();
    }

    private static String heroMessage(Browser browser) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.driver().findElements(By.cssSelector("#editor\\:hero .ui-message")).stream().map(WebElement::getText)
                        .reduce("", String::concat);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                // the upload's answer redraws the field's message while it is read: read it again
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    static Path png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 140));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(220, 200, 120));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = Files.createTempFile("hero", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The ids of the action buttons the page offers. */
    private static List<String> buttons(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#editor\\:actions button, #editor\\:actions a")).stream()
                .map(e -> e.getAttribute("id").replace("editor:", "")).toList();
    }

    private static void focus(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).focus()", id);
    }

    private static void tabUntil(Browser browser, java.util.function.Predicate<WebElement> reached) {
        StringBuilder trail = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            if (reached.test(active)) {
                return;
            }
            trail.append(active.getTagName()).append('#').append(active.getAttribute("id")).append('.')
                    .append(active.getAttribute("class")).append(' ');
        }
        throw new AssertionError("Tab never reached the element; it went through " + trail);
    }

    private static String awaitLive(long id, Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            if (status(BASE + "/san-jose/stories/" + id) != 404) {
                return fetch(BASE + "/san-jose/stories/" + id);
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("story " + id + " never went live");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String fetch(String url) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
