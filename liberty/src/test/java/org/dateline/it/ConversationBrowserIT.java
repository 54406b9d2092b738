package org.dateline.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's conversation in the browser, signed in with the test run's Keycloak: the review
 * queue and its bulk actions, the inbox and its mail, a story's thread, its revisions compared word
 * by word, and restoring one; in English and in Spanish, axe-clean, with screenshots under
 * {@code target/screenshots/}. The author's own edits go through the newsroom API (the studio's
 * editor page is a page of its own).
 */
@ExtendWith(ArquillianExtension.class)
class ConversationBrowserIT {

    static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    final NewsroomApi api = new NewsroomApi();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ConversationBrowserIT.class);
    }

    private NewsroomApi.Answer submitted(String author, String office, String title, String body) {
        String json = jakarta.json.Json.createObjectBuilder().add("title", title).add("dateline", "San José")
                .add("lead", "A lead for " + title + ".").add("body", body).add("topics", jakarta.json.Json.createArrayBuilder().add("Labour migration"))
                .build().toString();
        NewsroomApi.Answer draft = api.call(author, "POST", office + "/stories", json);
        assertThat(draft.status()).as(draft.json().toString()).isEqualTo(201);
        NewsroomApi.Answer sent = api.post(author, office + "/stories/" + draft.id() + "/submit?version=" + draft.version());
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(200);
        return sent;
    }

    /**
     * The story's row in the queue. The queue is longest waiting first, and stories other tests left
     * in review may come before the test's own: those are the newest, so they are looked for from
     * the last page backwards (a selection is kept across pages).
     */
    private static WebElement rowOf(Browser browser, String title) {
        By row = By.xpath("//tr[.//a[normalize-space(text())='" + title + "']]");
        browser.await(By.id("review:queue"));
        if (!browser.driver().findElements(row).isEmpty()) {
            return browser.driver().findElement(row);
        }
        turn(browser, ".ui-paginator-last");
        for (int page = 0; page < 100 && browser.driver().findElements(row).isEmpty(); page++) {
            if (!turn(browser, ".ui-paginator-prev")) {
                break;
            }
        }
        return browser.await(row);
    }

    /** Clicks the paginator's link and waits for the new page; false if it is disabled. */
    private static boolean turn(Browser browser, String link) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#review\\:queue " + link));
        if (links.isEmpty() || String.valueOf(links.get(0).getAttribute("class")).contains("ui-state-disabled")) {
            return false;
        }
        WebElement before = browser.driver().findElement(By.cssSelector("#review\\:queue_data tr"));
        links.get(0).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        return true;
    }

    private static void select(Browser browser, String title) {
        rowOf(browser, title).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                rowOf(browser, title).getAttribute("aria-selected").equals("true"));
    }

    private static void confirm(Browser browser, String formId) {
        browser.await(By.id(formId + ":confirm-yes")).click();
    }

    private static void axeClean(Browser browser) throws Exception {
        assertThat(AccessibilityIT.violations((JavascriptExecutor) browser.driver(), AccessibilityIT.axe())).map(String::valueOf)
                .as("axe on " + browser.driver().getCurrentUrl()).isEmpty();
    }

    @Test
    void editorRequestsChangesAuthorAnswersFixesAndResubmitsEditorComparesAndRestoresTheFirst() throws Exception {
        String title = Newsroom.unique("Port strike");
        NewsroomApi.Answer story = submitted("ana.author", "san-jose", title, "<p>Dockers stopped work on Monday.</p>");
        long id = story.id();

        try (Browser eli = new Browser("en"); Browser ana = new Browser("es")) {
            eli.open(Browser.STUDIO + "review.xhtml");
            eli.signInOnKeycloak("eli.editor");
            eli.awaitText(By.id("review-heading"), "Review queue");
            WebElement row = rowOf(eli, title);
            assertThat(row.getText()).contains("Ana Author").contains("Labour migration");
            select(eli, title);
            eli.driver().findElement(By.id("review:comment")).sendKeys("Name the port, please.");
            eli.driver().findElement(By.id("review:request-changes")).click();
            eli.awaitText(By.id("outcome-" + id), "Sent back to its author: “" + title + "”.");

            JsonObject mail = awaitMail("ana.author@dateline.localhost", title);
            assertThat(mail.getString("subject")).isEqualTo("Changes requested: " + title);
            assertThat(mail.getString("text")).contains("Eli Editor asked for changes").contains("Name the port, please.");

            ana.open(Browser.STUDIO + "inbox.xhtml");
            ana.signInOnKeycloak("ana.author");
            ana.awaitText(By.id("inbox-heading"), "Avisos");
            assertThat(ana.await(By.id("nav-unread")).getText()).isNotBlank();
            WebElement notice = ana.await(By.xpath("//a[contains(@class,'conv-notification')][contains(.,'" + title + "')]"));
            assertThat(notice.getText()).isEqualTo("Eli Editor pidió cambios en su nota «" + title + "»");
            assertThat(notice.findElement(By.xpath("./following-sibling::div")).getText()).isEqualTo("Name the port, please.");
            axeClean(ana);
            ana.screenshot(SHOTS.resolve("conversation-inbox-es.png"));

            notice.click();
            ana.awaitText(By.id("history-heading"), "Historia: " + title);
            assertThat(ana.await(By.id("history:thread")).getText()).contains("Cambios pedidos").contains("Name the port, please.")
                    .contains("Eli Editor");
            ana.driver().findElement(By.id("history:new-comment")).sendKeys("Done: it is Puerto Caldera.");
            ana.driver().findElement(By.id("history:post-comment")).click();
            ana.awaitText(By.id("history:thread"), "Done: it is Puerto Caldera.");

            NewsroomApi.Answer now = api.get("ana.author", "san-jose/stories/" + id);
            NewsroomApi.Answer fixed = api.call("ana.author", "PUT", "san-jose/stories/" + id + "?version=" + now.version(),
                    jakarta.json.Json.createObjectBuilder().add("body", "<p>Dockers stopped work at Puerto Caldera on Monday.</p>")
                            .build().toString());
            assertThat(fixed.status()).as(fixed.json().toString()).isEqualTo(200);
            assertThat(api.post("ana.author", "san-jose/stories/" + id + "/submit?version=" + fixed.version()).status()).isEqualTo(200);

            ana.open(Browser.STUDIO + "history.xhtml?office=san-jose&id=" + id);
            ana.await(By.id("diff"));
            axeClean(ana);
            ((JavascriptExecutor) ana.driver()).executeScript("document.getElementById('compare-heading').scrollIntoView()");
            ana.screenshot(SHOTS.resolve("conversation-history-es.png"));

            eli.open(Browser.STUDIO + "history.xhtml?office=san-jose&id=" + id);
            eli.awaitText(By.id("history-state"), "In review");
            assertThat(eli.await(By.id("history:thread")).getText()).contains("Done: it is Puerto Caldera.").contains("Ana Author");
            WebElement body = eli.await(By.cssSelector("#diff tbody.conv-field-body"));
            assertThat(body.findElement(By.cssSelector(".conv-older")).getText()).isEqualTo("Dockers stopped work on Monday.");
            assertThat(body.findElements(By.cssSelector(".conv-newer ins"))).extracting(WebElement::getText)
                    .anySatisfy(added -> assertThat(added).contains("Puerto Caldera"));
            assertThat(eli.driver().findElement(By.cssSelector("#diff caption")).getText()).contains("Revision 1").contains("Revision 2");
            axeClean(eli);
            ((JavascriptExecutor) eli.driver()).executeScript("document.getElementById('compare-heading').scrollIntoView()");
            eli.screenshot(SHOTS.resolve("conversation-history-en.png"));

            WebElement first = eli.await(By.xpath("//tbody[@id='history:revisions_data']/tr[td[1][starts-with(normalize-space(.),'Revision 1')]]"));
            first.findElement(By.xpath(".//button[contains(@id,'restore')]")).click();
            confirm(eli, "history");
            eli.awaitText(By.id("history:messages"), "Revision 1 restored as revision 3.");
            eli.awaitText(By.id("history-state"), "In review");
            assertThat(api.get("eli.editor", "san-jose/stories/" + id).json().toString()).contains("Dockers stopped work on Monday.");
            assertThat(eli.driver().findElement(By.id("history:timeline")).getText())
                    .contains("Restored an earlier revision during review").contains("Requested changes").contains("Name the port, please.");
        }
    }

    @Test
    void aBulkPublishOfThreeSaysWhichTwoWerePublishedAndWhyTheThirdWasNot() throws Exception {
        String one = Newsroom.unique("Bulk rains");
        String two = Newsroom.unique("Bulk bridge");
        String three = Newsroom.unique("Bulk market");
        long first = submitted("ana.author", "san-jose", one, "<p>One.</p>").id();
        long second = submitted("ana.author", "san-jose", two, "<p>Two.</p>").id();
        NewsroomApi.Answer third = submitted("ana.author", "san-jose", three, "<p>Three.</p>");

        try (Browser eli = new Browser("en"); Browser eliEs = new Browser("es")) {
            eli.open(Browser.STUDIO + "review.xhtml");
            eli.signInOnKeycloak("eli.editor");
            for (String title : List.of(one, two, three)) {
                select(eli, title);
            }
            NewsroomApi.Answer sentBack = api.post("tom.two-offices", "san-jose/stories/" + third.id() + "/request-changes?version="
                    + third.version() + "&comment=Check%20the%20prices");
            assertThat(sentBack.status()).as(sentBack.json().toString()).isEqualTo(200);

            eli.driver().findElement(By.id("review:publish")).click();
            confirm(eli, "review");
            eli.awaitText(By.id("review:messages"), "2 of 3 published.");
            assertThat(eli.driver().findElement(By.id("outcome-" + first)).getText()).isEqualTo("Published: “" + one + "”.");
            assertThat(eli.driver().findElement(By.id("outcome-" + second)).getText()).isEqualTo("Published: “" + two + "”.");
            assertThat(eli.driver().findElement(By.id("outcome-" + third.id())).getText()).isEqualTo("“" + three
                    + "” was left as it was: it is no longer in review: Tom Two-Offices made it “Changes requested” after this page showed it.");
            assertThat(eli.driver().findElements(By.xpath("//tr[.//a[normalize-space(text())='" + one + "']]"))).as("gone from the queue").isEmpty();
            axeClean(eli);
            eli.screenshot(SHOTS.resolve("conversation-review-en.png"));
            assertThat(api.get("eli.editor", "san-jose/stories/" + first).state()).isEqualTo("PUBLISHED");
            assertThat(api.get("eli.editor", "san-jose/stories/" + third.id()).state()).isEqualTo("CHANGES_REQUESTED");

            String four = Newsroom.unique("Cola de revisión");
            submitted("ana.author", "san-jose", four, "<p>Cuatro.</p>");
            eliEs.open(Browser.STUDIO + "review.xhtml");
            eliEs.signInOnKeycloak("eli.editor");
            eliEs.awaitText(By.id("review-heading"), "Cola de revisión");
            assertThat(rowOf(eliEs, four).getText()).contains("Ana Author");
            axeClean(eliEs);
            eliEs.screenshot(SHOTS.resolve("conversation-review-es.png"));

            eli.open(Browser.STUDIO + "inbox.xhtml");
            eli.awaitText(By.id("inbox-heading"), "Inbox");
            eli.awaitText(By.id("inbox:notifications"), "Ana Author submitted “" + four + "” for review");
            axeClean(eli);
            eli.screenshot(SHOTS.resolve("conversation-inbox-en.png"));
        }
    }

    @Test
    void aPersonWhoTurnedMailOffGetsNoneButSeesItInTheInbox() throws Exception {
        String title = Newsroom.unique("Quiet please");
        try (Browser gabe = new Browser("en")) {
            gabe.open(Browser.STUDIO + "inbox.xhtml");
            gabe.signInOnKeycloak("gabe.author");
            gabe.await(By.id("inbox-heading"));
            WebElement toggle = gabe.await(By.cssSelector("#inbox\\:mail .ui-toggleswitch-slider"));
            assertThat(gabe.driver().findElement(By.id("inbox:mail_input")).isSelected()).as("mail is on by default").isTrue();
            toggle.click();
            gabe.awaitText(By.id("inbox:messages"), "No more e-mails");
            try {
                NewsroomApi.Answer story = submitted("gabe.author", "georgetown", title, "<p>Quiet.</p>");
                NewsroomApi.Answer back = api.post("grace.editor", "georgetown/stories/" + story.id() + "/request-changes?version="
                        + story.version() + "&comment=Shorter");
                assertThat(back.status()).isEqualTo(200);
                awaitMail("grace.editor@dateline.localhost", title);
                gabe.open(Browser.STUDIO + "inbox.xhtml");
                gabe.awaitText(By.id("inbox:notifications"), "Grace Editor asked for changes to your story “" + title + "”");
                Thread.sleep(2000);
                assertThat(Inbox.to("gabe.author@dateline.localhost")).noneMatch(m -> m.getString("subject").contains(title));
                assertThat(gabe.driver().findElement(By.id("inbox:mail_input")).isSelected()).isFalse();
            } finally {
                gabe.open(Browser.STUDIO + "inbox.xhtml");
                gabe.await(By.cssSelector("#inbox\\:mail .ui-toggleswitch-slider")).click();
                gabe.awaitText(By.id("inbox:messages"), "You will get these by e-mail too.");
            }
        }
    }

    static JsonObject awaitMail(String address, String title) {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            List<JsonObject> found = Inbox.to(address).stream().filter(m -> m.getString("subject").contains(title)).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no mail about " + title + " to " + address + " after 30 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
