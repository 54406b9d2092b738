package org.dateline.it;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.placements.control.Placing;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader site's pages beyond home and story: topic pages and their feeds, the monthly archive,
 * each office's branding, the network's front page, the 404 page and cross-posts, as readers get
 * them over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SitePagesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SitePagesIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @Inject
    Placing placing;

    @Inject
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private Story published(String office, String author, String editor, String title, LocalDate date, String... topics) {
        Content content = new Content(title, null, date, "A lead for " + title + ".", "<p>Text of " + title + ".</p>", "en", List.of(topics));
        Story draft = signedIn.as(author, () -> editorial.create(office, content));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        return signedIn.as(editor, () -> editorial.publish(office, draft.id(), submitted.version()));
    }

    private Story inGeorgetown(String title, String... topics) {
        return published("georgetown", "gabe.author", "grace.editor", title, null, topics);
    }

    private static String slugOf(String topic) {
        return topic.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** The page as soon as it satisfies the condition, trying for at most one second. */
    private Site.Page withinASecond(String path, Predicate<Site.Page> condition) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        Site.Page page = site.get(path);
        while (!condition.test(page) && System.nanoTime() < until) {
            Thread.sleep(50);
            page = site.get(path);
        }
        return page;
    }

    private SyndFeed feed(String path) throws Exception {
        Site.Page page = site.get(path);
        assertThat(page.status()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(page.html()));
    }

    /** How many stories the archive index says a month has (0 when it does not list the month). */
    private int countIn(String office, String yearSlashMonth) {
        Matcher count = Pattern.compile("href=\"/" + office + "/archive/" + yearSlashMonth + "\">[^<]+</a> <span class=\"count\">(\\d+) stor")
                .matcher(site.get("/" + office + "/archive/").html());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    @Test
    void aTopicPageListsTheOfficesStoriesOnTheTopicNewestFirstAndNoOtherOffices() {
        String topic = Newsroom.unique("Border health");
        String older = Newsroom.unique("Older on the topic");
        String newer = Newsroom.unique("Newer on the topic");
        String elsewhere = Newsroom.unique("Same topic in Washington");
        Story first = inGeorgetown(older, topic);
        inGeorgetown(newer, topic, "Labour migration");
        published("washington", "will.editor", "will.editor", elsewhere, null, topic);
        inGeorgetown(Newsroom.unique("Another topic"), "Labour migration");

        Site.Page page = site.get("/georgetown/topics/" + slugOf(topic));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h1>" + topic + "</h1>").contains(newer).contains(older).doesNotContain(elsewhere)
                .doesNotContain("Another topic");
        assertThat(page.html().indexOf(newer)).isLessThan(page.html().indexOf(older));
        assertThat(site.get("/washington/topics/" + slugOf(topic)).html()).contains(elsewhere).doesNotContain(older);

        Site.Page story = site.get("/georgetown/stories/" + first.id());
        assertThat(story.html()).contains("<a href=\"/georgetown/topics/" + slugOf(topic) + "\">" + topic + "</a>");
    }

    @Test
    void topicPagesPageByTheLastStoryShown() {
        String topic = Newsroom.unique("Paged topic");
        for (int i = 1; i <= 22; i++) {
            inGeorgetown("Paged story " + i + " " + topic, topic);
        }
        Site.Page first = site.get("/georgetown/topics/" + slugOf(topic));
        assertThat(first.html()).contains("Paged story 22 ").contains("Paged story 3 ").doesNotContain("Paged story 2 ");
        Matcher older = Pattern.compile("href=\"(/georgetown/topics/" + slugOf(topic) + "\\?before=\\d+-\\d+)\" rel=\"next\"").matcher(first.html());
        assertThat(older.find()).isTrue();
        Site.Page second = site.get(older.group(1));
        assertThat(second.html()).contains("Paged story 2 ").contains("Paged story 1 ").doesNotContain("Paged story 3 ")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void topicFeedsAreValidRssAndAtomOfTheTopicOnly() throws Exception {
        String topic = Newsroom.unique("Feed topic");
        String title = Newsroom.unique("In the topic feed");
        String other = Newsroom.unique("Not on the topic");
        String elsewhere = Newsroom.unique("On the topic in San José");
        inGeorgetown(title, topic);
        inGeorgetown(other, "Labour migration");
        published("san-jose", "ana.author", "eli.editor", elsewhere, null, topic);

        for (String type : List.of("rss", "atom")) {
            SyndFeed feed = feed("/georgetown/topics/" + slugOf(topic) + "/feed." + type);
            assertThat(feed.getFeedType()).isEqualTo(type.equals("rss") ? "rss_2.0" : "atom_1.0");
            assertThat(feed.getTitle()).isEqualTo("Georgetown — " + topic);
            assertThat(feed.getLink()).isEqualTo("http://localhost:" + request.getLocalPort() + "/georgetown/topics/" + slugOf(topic));
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(title);
        }
        assertThat(site.get("/georgetown/topics/" + slugOf(topic) + "/feed.rss").header("Content-Type")).startsWith("application/rss+xml");
        assertThat(site.get("/georgetown/topics/no-such-topic/feed.rss").status()).isEqualTo(404);
        assertThat(site.get("/georgetown/topics/" + slugOf(topic)).html())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    }

    @Test
    void theTopicsIndexListsTheOfficesTopicsWithTheirCounts() {
        String topic = Newsroom.unique("Indexed topic");
        inGeorgetown(Newsroom.unique("One"), topic);
        inGeorgetown(Newsroom.unique("Two"), topic);
        String washingtonOnly = Newsroom.unique("Washington topic");
        published("washington", "will.editor", "will.editor", Newsroom.unique("Three"), null, washingtonOnly);

        Site.Page index = site.get("/georgetown/topics/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.html()).contains("<a href=\"/georgetown/topics/" + slugOf(topic) + "\">" + topic + "</a> <span class=\"count\">2 stories</span>")
                .doesNotContain(washingtonOnly);
    }

    @Test
    void theArchiveCountsEachMonthAndListsItsStoriesInTheOfficesDateFormat() {
        int sanJoseBefore = countIn("san-jose", "2020/06");
        int georgetownBefore = countIn("georgetown", "2020/09");
        String sanJose = Newsroom.unique("San José in June 2020");
        String georgetown = Newsroom.unique("Georgetown in September 2020");
        published("san-jose", "ana.author", "eli.editor", sanJose, LocalDate.of(2020, 6, 11));
        published("georgetown", "gabe.author", "grace.editor", georgetown, LocalDate.of(2020, 9, 14));

        assertThat(countIn("san-jose", "2020/06")).isEqualTo(sanJoseBefore + 1);
        assertThat(countIn("georgetown", "2020/09")).isEqualTo(georgetownBefore + 1);
        assertThat(site.get("/san-jose/archive/").html()).contains(">June 2020</a>").contains("<h2 id=\"year-2020\">2020</h2>");

        Site.Page june = site.get("/san-jose/archive/2020/06");
        assertThat(june.status()).isEqualTo(200);
        assertThat(june.html()).contains("<h1>June 2020</h1>").contains(sanJose).contains(">11 / 06 / 2020</time>").doesNotContain(georgetown);
        Site.Page september = site.get("/georgetown/archive/2020/09");
        assertThat(september.html()).contains("<h1>September 2020</h1>").contains(georgetown).contains(">14 September, 2020</time>")
                .doesNotContain(sanJose);
        assertThat(site.get("/georgetown/archive/2020/06").html()).doesNotContain(sanJose);
        assertThat(site.get("/georgetown/archive/2020/13").status()).isEqualTo(404);
    }

    @Test
    void publishingAndUnpublishingShowOnTopicPagesAndTheArchiveWithinASecond() throws InterruptedException {
        String topic = Newsroom.unique("Breaking topic");
        inGeorgetown(Newsroom.unique("Already there"), topic);
        String topicPage = "/georgetown/topics/" + slugOf(topic);
        String month = "/georgetown/archive/1999/12";
        String index = "/georgetown/topics/";
        site.get(topicPage);
        site.get(month);
        site.get(index);

        String title = Newsroom.unique("Fresh on the topic");
        Story live = published("georgetown", "gabe.author", "grace.editor", title, LocalDate.of(1999, 12, 31), topic);
        assertThat(withinASecond(topicPage, p -> p.html().contains(title)).html()).contains(title);
        assertThat(withinASecond(month, p -> p.html().contains(title)).html()).contains(title);
        assertThat(withinASecond(index, p -> p.html().contains(topic + "</a> <span class=\"count\">2 stories")).html())
                .contains(topic + "</a> <span class=\"count\">2 stories");

        signedIn.run("grace.editor", () -> editorial.unpublish("georgetown", live.id(), live.version(), "Withdrawn"));
        assertThat(withinASecond(topicPage, p -> !p.html().contains(title)).html()).doesNotContain(title);
        assertThat(withinASecond(month, p -> !p.html().contains(title)).html()).doesNotContain(title);
        assertThat(site.get(topicPage + "/feed.atom").html()).doesNotContain(title);
    }

    @Test
    void eachOfficesSiteCarriesItsOwnNameLogoAndColours() {
        Site.Page sanJose = site.get("/san-jose/");
        assertThat(sanJose.html()).contains("<span class=\"brand-name\">Dateline San José</span>")
                .contains("src=\"/resources/brand/san-jose.svg\"").contains("html:root{--brand:#005f73;--accent:#0e6e8c}")
                .contains("Regional office for Central America, North America and the Caribbean");
        Site.Page georgetown = site.get("/georgetown/topics/");
        assertThat(georgetown.html()).contains("<span class=\"brand-name\">Dateline Georgetown</span>")
                .contains("src=\"/resources/brand/georgetown.svg\"").contains("html:root{--brand:#14532d;--accent:#166534}")
                .doesNotContain("san-jose.svg");
        assertThat(site.get("/washington/archive/").html()).contains("--brand:#1f3a5f;--accent:#9b2226");
        assertThat(site.get("/resources/brand/washington.svg").status()).isEqualTo(200);
    }

    @Test
    void theNetworksFrontPageListsTheOfficesAndTheLatestStoriesOfThemAll() {
        String washington = Newsroom.unique("Latest in Washington");
        String sanJose = Newsroom.unique("Latest in San José");
        published("washington", "will.editor", "will.editor", washington, null);
        Story story = published("san-jose", "ana.author", "eli.editor", sanJose, null);

        Site.Page front = site.get("/");
        assertThat(front.status()).isEqualTo(200);
        assertThat(front.html()).contains("href=\"/san-jose/\"").contains("href=\"/georgetown/\"").contains("href=\"/washington/\"")
                .contains("Latest from the offices").contains(washington).contains(sanJose)
                .contains("href=\"/san-jose/stories/" + story.id() + "-");
        assertThat(front.html().indexOf(sanJose)).isLessThan(front.html().indexOf(washington));
    }

    @Test
    void anUnknownAddressGetsAHelpful404PageBrandedAsTheOfficesSite() {
        String title = Newsroom.unique("Latest before the 404");
        inGeorgetown(title, "Labour migration");

        Site.Page missing = site.get("/georgetown/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(missing.html()).contains("Page not found").contains("Dateline Georgetown").contains("--brand:#14532d")
                .contains("href=\"/georgetown/\"").contains("href=\"/georgetown/topics/\"").contains("href=\"/georgetown/archive/\"")
                .contains("action=\"/georgetown/search\"").contains(title).contains("href=\"/georgetown/topics/labour-migration\"");

        Site.Page noTopic = site.get("/georgetown/topics/no-such-topic");
        assertThat(noTopic.status()).isEqualTo(404);
        assertThat(noTopic.html()).contains("Page not found").contains("Dateline Georgetown").contains(title);
        assertThat(site.get("/georgetown/stories/999999999").html()).contains("Page not found").contains("href=\"/georgetown/topics/\"");

        Site.Page nowhere = site.get("/no-such-office/anything");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.html()).contains("Page not found").contains("href=\"/san-jose/\"").contains("href=\"/washington/\"")
                .doesNotContain("Dateline Georgetown");
    }

    @Test
    void everyPageAndFeedSaysHowItMayBeCached() {
        String topic = Newsroom.unique("Cached topic");
        Story story = inGeorgetown(Newsroom.unique("Cached story"), topic);
        String topicPage = "/georgetown/topics/" + slugOf(topic);
        for (String path : List.of("/", "/georgetown/", "/georgetown/stories/" + story.id(), topicPage, topicPage + "/feed.rss",
                topicPage + "/feed.atom", "/georgetown/topics/", "/georgetown/archive/", "/georgetown/archive/2020/06",
                "/georgetown/feed.rss", "/georgetown/feed.atom", "/georgetown/sitemap.xml", "/georgetown/robots.txt")) {
            Site.Page page = site.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("public, no-cache");
            assertThat(page.header("ETag")).as(path).isNotBlank();
        }
        assertThat(site.get("/georgetown/nothing-here").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aStoryShownOnAnotherOfficesSiteSaysWhoFirstPublishedIt() throws Exception {
        String title = Newsroom.unique("First published in San José");
        Story story = published("san-jose", "ana.author", "eli.editor", title, null, "Regional cooperation");
        // The placement a cross-post makes, made by the read side's own write path (Placing), as the
        // cross-post workflow will: San José's live revision shown on Georgetown's site.
        signedIn.run("eli.editor", () -> {
            try {
                transaction.begin();
                Revision live = stories.live("san-jose", story.id()).orElseThrow();
                Instant now = Instant.now();
                placing.place("georgetown", "san-jose", live, now, ZoneId.of("America/Guyana"), now);
                transaction.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Site.Page there = site.get("/georgetown/stories/" + story.id());
        assertThat(there.status()).isEqualTo(200);
        assertThat(there.html()).contains(title)
                .contains("Originally published by <a href=\"http://localhost:" + request.getLocalPort() + "/san-jose/stories/" + story.id() + "-")
                .contains("<link rel=\"canonical\" href=\"http://localhost:" + request.getLocalPort() + "/san-jose/stories/" + story.id() + "-")
                .contains("href=\"/georgetown/topics/regional-cooperation\"");
        assertThat(site.get("/georgetown/topics/regional-cooperation").html()).contains(title);
        assertThat(site.get("/san-jose/stories/" + story.id()).html()).contains(title).doesNotContain("Originally published by");
    }
}
