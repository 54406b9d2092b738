package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page template of the reader sites, as Debian's headless Chromium renders it, has no WCAG
 * 2.1 A or AA violation that axe-core (from the npm registry, installed by the build) can find.
 * A screenshot of each page is left in {@code target/screenshots/} for people to look at.
 * <p>
 * To check another page, add it to {@link #pages()}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    /** The axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path AXE = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(Pressroom.class, Mailroom.class);
    }

    private long storyId;
    private long spanishStoryId;
    private String topic;
    private long newsletterIssue;

    @BeforeEach
    void aStoryWithATopic() throws Exception {
        topic = "Accessible topic " + UUID.randomUUID().toString().substring(0, 8);
        storyId = publish("georgetown", "gabe.author", "grace.editor", "Accessible story " + topic, topic, "2020-09-14");
        long sanJose = publish("san-jose", "ana.author", "eli.editor", "A San José story " + topic, topic, "2020-06-11");
        spanishStoryId = publish("san-jose", "ana.author", "eli.editor", "Una noticia de San José " + topic, topic, "2020-06-11",
                "&language=es&translationOf=" + sanJose);
        HttpResponse<String> issue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE
                        + "/test/desk/mailing?office=washington&subscribers=0&prefix=axe-" + UUID.randomUUID().toString().substring(0, 8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issue.statusCode()).as(issue.body()).isEqualTo(200);
        newsletterIssue = Long.parseLong(issue.body().strip());
    }

    /** The pages to check, by name: one of each template, on the path the router gives it. */
    private Map<String, String> pages() {
        String topicSlug = topic.toLowerCase().replace(' ', '-');
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("network-front-page", "/");
        pages.put("office-home", "/georgetown/");
        pages.put("story", "/georgetown/stories/" + storyId);
        pages.put("topic", "/georgetown/topics/" + topicSlug);
        pages.put("topics-index", "/georgetown/topics/");
        pages.put("archive-index", "/georgetown/archive/");
        pages.put("archive-month", "/georgetown/archive/2020/09");
        pages.put("search-results", "/georgetown/search?q=migrants");
        pages.put("search-nothing-found", "/georgetown/search?q=zzzqqq");
        pages.put("not-found-on-an-office-site", "/georgetown/no-such-page");
        pages.put("not-found-anywhere-else", "/no-such-office/page");
        pages.put("office-home-san-jose", "/san-jose/");
        pages.put("story-in-spanish", "/san-jose/stories/" + spanishStoryId);
        pages.put("office-home-washington", "/washington/");
        pages.put("newsletter-archive", "/washington/newsletters/");
        pages.put("newsletter-issue", "/washington/newsletters/" + newsletterIssue);
        pages.put("newsletter-link-expired", "/washington/newsletters/confirm?token=" + "x".repeat(43));
        pages.put("courses", "/san-jose/courses/");
        pages.put("courses-past-online", "/san-jose/courses/?when=past&format=online");
        return pages;
    }

    @Test
    void axeFindsNoWcag21AaViolationOnAnyReaderPage() throws IOException {
        String axe = axe();
        Map<String, List<?>> violations = new LinkedHashMap<>();
        try (Chromium chromium = Chromium.start()) {
            for (Map.Entry<String, String> page : pages().entrySet()) {
                chromium.open(BASE + page.getValue());
                assertThat(chromium.driver().getTitle()).as(page.getKey() + " has a title").isNotBlank();
                chromium.screenshot(SCREENSHOTS.resolve(page.getKey() + ".png"));
                List<?> found = violations(chromium, axe);
                if (!found.isEmpty()) {
                    violations.put(page.getKey() + " " + page.getValue(), found);
                }
            }
        }
        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
    }

    /** The check itself works: on a page with known faults it reports them. */
    @Test
    void axeReportsTheViolationsOfAFaultyPage() throws IOException {
        String axe = axe();
        try (Chromium chromium = Chromium.start()) {
            chromium.open("data:text/html,<html><body><img src='x.png'><a href='/'></a>"
                    + "<p style='color:%23bbbbbb;background:%23ffffff'>Pale text</p></body></html>");
            assertThat(violations(chromium, axe)).map(String::valueOf)
                    .anyMatch(v -> v.startsWith("image-alt"))
                    .anyMatch(v -> v.startsWith("link-name"))
                    .anyMatch(v -> v.startsWith("color-contrast"))
                    .anyMatch(v -> v.startsWith("html-has-lang"));
        }
    }

    static String axe() throws IOException {
        assertThat(AXE).as("axe-core installed by the build (npm ci in target/axe)").isRegularFile();
        return Files.readString(AXE);
    }

    /** axe-core's WCAG 2.1 A/AA violations on the open page, one line each: rule (impact): help at elements. */
    private static List<?> violations(Chromium chromium, String axe) {
        return violations(chromium.driver(), axe);
    }

    /** The same, in any browser a test drives (a studio page a person signed in to, say). */
    static List<?> violations(org.openqa.selenium.JavascriptExecutor browser, String axe) {
        browser.executeScript(axe);
        Object found = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ') + (v.id === 'color-contrast' && n.any[0] ? ' [' + n.any[0].message + ']' : '')).join(', '))))
                    .catch(error => done(['axe failed: ' + error]));
                """, WCAG_21_AA);
        assertThat(found).isInstanceOf(List.class);
        return (List<?>) found;
    }

    private static long publish(String office, String author, String editor, String title, String topic, String date) throws Exception {
        return publish(office, author, editor, title, topic, date, "");
    }

    /** A story published through the test's Pressroom; {@code more} adds its fields ({@code &language=es&translationOf=4}). */
    static long publish(String office, String author, String editor, String title, String topic, String date, String more)
            throws Exception {
        String form = "office=" + office + "&author=" + author + "&editor=" + editor + "&date=" + date + more
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/test/desk/publish"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().strip());
    }
}
