package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.importing.boundary.Listings;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search on the reader sites and in the JSON API, as readers and the offices' apps use it: in the
 * story's language, highlighted, faceted, paged, within one office's site, current with what is
 * published, and calm whatever is typed.
 */
@ExtendWith(ArquillianExtension.class)
class SiteSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteSearchIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Listings listings;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    /** A word no other story (of this run or an earlier one) contains. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static JsonObject json(Site.Page page) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        return Json.createReader(new StringReader(page.html())).readObject();
    }

    static Content spanish(String title, String body, LocalDate date, String topic) {
        return new Content(title, "San José", date, null, body, "es", List.of(topic));
    }

    static Content english(String title, String body, LocalDate date, String topic) {
        return new Content(title, "Georgetown", date, null, body, "en", List.of(topic));
    }

    /** The page once it satisfies the condition (the index catches up within about a second), trying for at most five. */
    private Site.Page eventually(String path, Predicate<Site.Page> condition) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        Site.Page page = site.get(path);
        while (!condition.test(page) && System.nanoTime() < until) {
            Thread.sleep(100);
            page = site.get(path);
        }
        return page;
    }

    private static Predicate<Site.Page> shows(Story story) {
        return page -> page.html().contains("/stories/" + story.id() + "-");
    }

    @Test
    void aSpanishSearchFindsPluralsAndIgnoresAccents() throws InterruptedException {
        String w = word();
        Story story = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                spanish("Los migrantes de " + w + " reciben apoyo",
                        "<p>La migración laboral crece en la región.</p><p>Los trabajadores migrantes piden derechos.</p>",
                        null, "Migración laboral"));

        Site.Page singular = eventually("/san-jose/search?q=" + q("migrante " + w), shows(story));
        assertThat(singular.status()).isEqualTo(200);
        assertThat(singular.html()).contains("Los <mark>migrantes</mark> de <mark>" + w + "</mark> reciben apoyo")
                .contains("1 story found for “migrante " + w + "”");

        Site.Page unaccented = site.get("/san-jose/search?q=" + q("migracion " + w));
        assertThat(unaccented.html()).contains("/stories/" + story.id() + "-").contains("<mark>migración</mark> laboral");

        Site.Page accented = site.get("/san-jose/search?q=" + q("MIGRACIÓN trabajador " + w));
        assertThat(accented.html()).contains("/stories/" + story.id() + "-").contains("<mark>trabajadores</mark>");
    }

    @Test
    void anEnglishSearchFindsPluralsWithAHighlightedSnippet() throws InterruptedException {
        String w = word();
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor",
                english("Support for " + w, "<p>Seasonal workers from the region met in Georgetown.</p><p>Another paragraph.</p>",
                        null, "Labour migration"));

        Site.Page page = eventually("/georgetown/search?q=" + q("worker " + w), shows(story));
        assertThat(page.html()).contains("Seasonal <mark>workers</mark> from the region").contains("Support for <mark>" + w + "</mark>");

        JsonObject api = json(site.get("/api/v1/georgetown/search?q=" + q("worker " + w)));
        assertThat(api.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject hit = api.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(story.id());
        assertThat(hit.getString("snippetHtml")).contains("<mark>workers</mark>");
        assertThat(hit.getString("url")).endsWith("/georgetown/stories/" + story.id() + "-support-for-" + w);
    }

    @Test
    void facetsCountTheResultsByTopicYearAndLanguageAndNarrowThem() throws InterruptedException {
        String w = word();
        Story last = null;
        last = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                english("Labour " + w, "<p>Text.</p>", LocalDate.of(2019, 5, 1), "Labour migration"));
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                spanish("Clima " + w, "<p>Texto.</p>", LocalDate.of(2020, 3, 2), "Climate"));
        Story climate = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                english("Climate " + w, "<p>Text.</p>", LocalDate.of(2020, 7, 8), "Climate"));

        Site.Page page = eventually("/san-jose/search?q=" + w, p -> p.html().contains("3 stories found"));
        assertThat(page.html()).contains("3 stories found for “" + w + "”");
        String html = page.html();
        assertThat(facetCount(html, "Climate")).isEqualTo(2);
        assertThat(facetCount(html, "Labour migration")).isEqualTo(1);
        assertThat(facetCount(html, "2020")).isEqualTo(2);
        assertThat(facetCount(html, "2019")).isEqualTo(1);
        assertThat(facetCount(html, "English")).isEqualTo(2);
        assertThat(facetCount(html, "Español")).isEqualTo(1);

        String climateLink = facetLink(html, "Climate");
        assertThat(climateLink).isEqualTo("/san-jose/search?q=" + w + "&topic=Climate");
        Site.Page narrowed = site.get(climateLink);
        assertThat(narrowed.html()).contains("2 stories found").doesNotContain("/stories/" + last.id() + "-")
                .contains("aria-current=\"true\"");
        Site.Page narrower = site.get(facetLink(narrowed.html(), "English"));
        assertThat(narrower.html()).contains("1 story found").contains("/stories/" + climate.id() + "-");

        JsonObject api = json(site.get("/api/v1/san-jose/search?q=" + w));
        assertThat(api.getJsonObject("facets").getJsonArray("topic").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("value") + "=" + f.getInt("count"))
                .containsExactly("Climate=2", "Labour migration=1");
        assertThat(api.getJsonObject("facets").getJsonArray("year").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("value") + "=" + f.getInt("count"))
                .containsExactly("2020=2", "2019=1");
        assertThat(api.getJsonObject("facets").getJsonArray("language").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("value") + "=" + f.getInt("count"))
                .containsExactly("en=2", "es=1");
        JsonObject spanishOnly = json(site.get("/api/v1/san-jose/search?q=" + w + "&language=es&year=2020"));
        assertThat(spanishOnly.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(spanishOnly.getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo("Clima " + w);
    }

    private static long facetCount(String html, String label) {
        Matcher m = Pattern.compile(">" + Pattern.quote(label) + "(?: ✕)?</a>\\s*<span class=\"count\"> \\((\\d+)\\)</span>").matcher(html);
        assertThat(m.find()).as("facet " + label + " shown").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String facetLink(String html, String label) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(label) + "</a>").matcher(html);
        assertThat(m.find()).as("link to narrow to " + label).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void resultsArePagedOnTheSiteAndInTheApi() throws InterruptedException {
        String w = word();
        StringBuilder listing = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            listing.append("Paged ").append(w).append(" story ").append(i).append("\n\n")
                    .append(String.format("%02d / 02 / 1999", i)).append("\n\nText of the story.\n\n");
        }
        signedIn.run("grace.editor", () -> listings.importListing("georgetown", "search-" + w + ".txt", listing.toString()));

        Site.Page first = eventually("/georgetown/search?q=" + w, p -> p.html().contains("12 stories found"));
        assertThat(first.html()).contains("12 stories found for “" + w + "” — page 1 of 2");
        assertThat(Pattern.compile("class=\"story-item\"").matcher(first.html()).results().count()).isEqualTo(10);
        assertThat(first.html()).contains("href=\"/georgetown/search?q=" + w + "&amp;page=2\" rel=\"next\"");
        Site.Page second = site.get("/georgetown/search?q=" + w + "&page=2");
        assertThat(Pattern.compile("class=\"story-item\"").matcher(second.html()).results().count()).isEqualTo(2);
        assertThat(second.html()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        Set<Long> seen = new HashSet<>();
        Integer next = 1;
        int pages = 0;
        while (next != null && pages++ < 10) {
            JsonObject page = json(site.get("/api/v1/georgetown/search?q=" + w + "&limit=5&page=" + next));
            assertThat(page.getInt("pages")).isEqualTo(3);
            page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getJsonNumber("id").longValue()));
            next = page.isNull("next") ? null : page.getInt("next");
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12);
    }

    @Test
    void aSearchNeverShowsAnotherOfficesStory() throws InterruptedException {
        String w = word();
        Story story = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                english("Only in San José " + w, "<p>Text.</p>", null, "Labour migration"));
        assertThat(eventually("/san-jose/search?q=" + w, shows(story)).html()).contains("1 story found");

        Site.Page georgetown = site.get("/georgetown/search?q=" + w);
        assertThat(georgetown.status()).isEqualTo(200);
        assertThat(georgetown.html()).contains("No stories found for “" + w + "”").doesNotContain("/stories/" + story.id());
        assertThat(site.getFromHost("georgetown.dateline.localhost", "/search?q=" + w).html())
                .contains("No stories found").doesNotContain("/stories/" + story.id());
        assertThat(site.getFromHost("sanjose.dateline.localhost", "/search?q=" + w).html())
                .contains("1 story found").contains("href=\"/stories/" + story.id() + "-");
        JsonObject api = json(site.get("/api/v1/georgetown/search?q=" + w));
        assertThat(api.getJsonNumber("total").longValue()).isZero();
        assertThat(api.getJsonArray("items")).isEmpty();
        assertThat(json(site.get("/api/v1/washington/search?q=" + w)).getJsonArray("items")).isEmpty();
    }

    @Test
    void anUnpublishedStoryLeavesTheSearch() throws InterruptedException {
        String w = word();
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor",
                english("Soon gone " + w, "<p>Text.</p>", null, "Labour migration"));
        String path = "/georgetown/search?q=" + w;
        Site.Page found = eventually(path, shows(story));
        assertThat(found.html()).contains("1 story found");
        String etag = found.header("ETag");

        signedIn.run("grace.editor", () -> editorial.unpublish("georgetown", story.id(), story.version(), "Withdrawn"));

        Site.Page gone = eventually(path, shows(story).negate());
        assertThat(gone.html()).doesNotContain("/stories/" + story.id()).contains("No stories found");
        assertThat(gone.header("ETag")).isNotEqualTo(etag);
        assertThat(json(site.get("/api/v1/georgetown/search?q=" + w)).getJsonArray("items")).isEmpty();
    }

    @Test
    void searchPagesAreCachedAndRevalidatedLikeOtherPages() {
        String path = "/washington/search?q=" + word();
        Site.Page page = site.get(path);
        assertThat(page.setCookie()).isNull();
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(site.get(path, "If-None-Match", etag).status()).isEqualTo(304);
        Site.Page api = site.get("/api/v1/washington/search?q=x");
        assertThat(site.get("/api/v1/washington/search?q=x", "If-None-Match", api.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void badQueriesGiveTheNormalSearchPage() {
        List<String> bad = List.of("", "   ", "\"(*:", "\"unbalanced quote", "((((", "a:b OR c:d", "-", "*", "\\",
                "' OR 1=1; DROP TABLE placement; --", "<script>alert(1)</script>", "%00", "\u0000", "migr*~2^3",
                "x".repeat(10_240), "migrantes ".repeat(1_024));
        for (String words : bad) {
            Site.Page page = site.get("/san-jose/search?q=" + q(words));
            assertThat(page.status()).as("page for %.40s", words).isEqualTo(200);
            assertThat(page.html()).as("page for %.40s", words).contains("role=\"search\"").contains("class=\"search-summary\"")
                    .doesNotContain("<script>alert(1)</script>");
            assertThat(json(site.get("/api/v1/san-jose/search?q=" + q(words))).getJsonArray("items")).isNotNull();
        }
        assertThat(site.get("/san-jose/search").html()).contains("Type one or more words");
        assertThat(site.get("/san-jose/search?q=x&page=-3&year=abc&language=%27").status()).isEqualTo(200);
        assertThat(json(site.get("/api/v1/san-jose/search?q=x&page=abc&limit=-1")).getInt("page")).isEqualTo(1);
    }

    @Test
    void theSearchBoxIsOnEverySitePageAndTheApiIsDocumented() {
        Site.Page home = site.get("/georgetown/");
        assertThat(home.html()).contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/georgetown/search\">")
                .contains("<label for=\"site-search-words\">Search this site</label>");
        assertThat(site.get("/openapi").html()).contains("/api/v1/{office}/search");
    }
}
