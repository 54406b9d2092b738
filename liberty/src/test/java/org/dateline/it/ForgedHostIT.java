package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Image;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker's requests with a forged host: a {@code Host} header of their own, an absolute URL
 * in the request line, {@code X-Forwarded-Host} and {@code Forwarded}. None of it may reach an
 * absolute URL the server writes (pages are cached and served to everyone, so one such request
 * would otherwise poison a page for every reader), and the URLs are the configured ones: the test
 * server's {@code dateline.site.url} is its default, {@code http://localhost:<port>}.
 */
@ExtendWith(ArquillianExtension.class)
class ForgedHostIT {

    private static final String EVIL = "evil.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ForgedHostIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Images images;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;
    String origin;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
        origin = "http://localhost:" + request.getLocalPort();
    }

    /** The ways a client can claim a host, each asking for {@code path}. */
    private List<Site.Page> forged(String path) {
        String honest = "localhost:" + request.getLocalPort();
        return List.of(
                site.getFromHost(EVIL, path),
                site.getFromHost(EVIL + ":8443", path),
                site.raw("GET http://" + EVIL + path + " HTTP/1.1", honest),
                site.getFromHost(honest, path, "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443",
                        "Forwarded", "for=192.0.2.1;host=" + EVIL + ";proto=https"));
    }

    private static void assertNothingOfTheForgedHost(String path, Site.Page page) {
        assertThat(page.html()).as(path).doesNotContainIgnoringCase(EVIL);
        page.headers().forEach((name, values) -> assertThat(values).as(path + " " + name).noneMatch(v -> v.toLowerCase().contains(EVIL)));
    }

    /** Every forged request for the path answers {@code status} with nothing of the forged host; the last answer. */
    private Site.Page eachForged(String path, int status) {
        Site.Page last = null;
        for (Site.Page page : forged(path)) {
            assertThat(page.status()).as(path).isEqualTo(status);
            assertNothingOfTheForgedHost(path, page);
            last = page;
        }
        // and the honest reader after them gets no page that a forged request left in the cache
        Site.Page honest = site.get(path);
        assertNothingOfTheForgedHost(path, honest);
        return last;
    }

    private static byte[] picture() {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 130, 200));
        g.fillRect(0, 0, 1600, 900);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void aStoryPagesCanonicalAndSocialCardsKeepTheConfiguredAddress() {
        Image hero = signedIn.as("ana.author", () -> images.upload("san-jose", picture(), "A blue sky", "Photo: Dateline"));
        String title = Newsroom.unique("Forged hosts");
        Story draft = signedIn.as("ana.author", () -> editorial.create("san-jose", Newsroom.story(title).withHeroImage(hero.id())));
        Story submitted = signedIn.as("ana.author", () -> editorial.submitForReview("san-jose", draft.id(), draft.version()));
        Story story = signedIn.as("eli.editor", () -> editorial.publish("san-jose", draft.id(), submitted.version()));
        String path = site.getFromHost("localhost:" + request.getLocalPort(), "/san-jose/stories/" + story.id()).header("Location");
        assertThat(path).startsWith("/san-jose/stories/" + story.id() + "-");

        // the publication made every cached page stale: the first forged request renders the page
        Site.Page page = eachForged(path, 200);
        String address = origin + path;
        assertThat(page.html()).contains(title)
                .contains("<link rel=\"canonical\" href=\"" + address + "\"")
                .contains("<meta property=\"og:url\" content=\"" + address + "\"")
                .contains("<meta property=\"og:image\" content=\"" + origin + "/san-jose/images/" + hero.id() + "/")
                .contains("<meta name=\"twitter:image\" content=\"" + origin + "/san-jose/images/" + hero.id() + "/");
        assertThat(all(Pattern.compile("(?:href|content|src)=\"(https?://[^\"]*)\""), page.html()))
                .isNotEmpty().allMatch(url -> url.startsWith(origin + "/san-jose/"));

        for (String listing : List.of("/san-jose/", "/san-jose/topics/labour-migration", "/san-jose/archive/", "/san-jose/topics/",
                "/san-jose/search?q=forged")) {
            assertThat(all(Pattern.compile("(?:href|content)=\"(https?://[^\"]*)\""), eachForged(listing, 200).html()))
                    .as(listing).allMatch(url -> url.startsWith(origin + "/san-jose/"));
        }
        assertThat(eachForged("/san-jose", 302).header("Location")).isEqualTo("/san-jose/");
    }

    @Test
    void feedsSitemapsAndRobotsKeepTheConfiguredAddress() {
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("Forged feed"));
        String root = origin + "/san-jose/";
        for (String feed : List.of("/san-jose/feed.rss", "/san-jose/feed.atom", "/san-jose/topics/labour-migration/feed.rss",
                "/san-jose/topics/labour-migration/feed.atom")) {
            String xml = eachForged(feed, 200).html();
            assertThat(all(Pattern.compile("(?:<link>|<guid[^>]*>|<id>|<uri>|href=\")(https?://[^<\"]*)"), xml)).as(feed)
                    .hasSizeGreaterThan(2).allMatch(url -> url.startsWith(root));
        }
        String index = eachForged("/san-jose/sitemap.xml", 200).html();
        assertThat(all(Pattern.compile("<loc>([^<]*)</loc>"), index)).isNotEmpty().allMatch(loc -> loc.startsWith(root + "sitemap-"));
        assertThat(all(Pattern.compile("<loc>([^<]*)</loc>"), eachForged("/san-jose/sitemap-1.xml", 200).html()))
                .startsWith(root).allMatch(loc -> loc.startsWith(root));
        assertThat(eachForged("/san-jose/robots.txt", 200).html()).endsWith("Sitemap: " + root + "sitemap.xml\n");
    }

    @Test
    void theApisUrlsKeepTheConfiguredAddress() {
        String word = "forgedapi" + Newsroom.unique("").strip();
        Story story = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("Forged API " + word));
        String root = origin + "/san-jose/";

        JsonObject list = Json.createReader(new StringReader(eachForged("/api/v1/san-jose/stories?limit=5", 200).html())).readObject();
        assertThat(list.getJsonArray("items")).isNotEmpty()
                .allMatch(item -> item.asJsonObject().getString("url").startsWith(root + "stories/"));
        JsonObject one = Json.createReader(new StringReader(eachForged("/api/v1/san-jose/stories/" + story.id(), 200).html())).readObject();
        assertThat(one.getString("url")).startsWith(root + "stories/" + story.id() + "-");
        for (JsonValue topic : Json.createReader(new StringReader(eachForged("/api/v1/san-jose/topics", 200).html())).readArray()) {
            assertThat(topic.asJsonObject().getString("url")).startsWith(root + "topics/");
            assertThat(topic.asJsonObject().getString("storiesUrl")).startsWith(origin + "/api/v1/san-jose/stories?topic=");
        }
        // the search index catches up within a second or so
        JsonObject found = null;
        for (int i = 0; i < 40 && (found == null || found.getJsonArray("items").isEmpty()); i++) {
            found = Json.createReader(new StringReader(eachForged("/api/v1/san-jose/search?q=" + word, 200).html())).readObject();
            sleep();
        }
        assertThat(found.getJsonArray("items")).singleElement()
                .satisfies(hit -> assertThat(hit.asJsonObject().getString("url")).startsWith(root + "stories/" + story.id() + "-"));
    }

    @Test
    void theApisOpenApiDocumentNamesTheConfiguredServer() {
        assertThat(eachForged("/openapi", 200).html()).contains("url: " + origin);
    }

    @Test
    void anOfficesHostNameStillChoosesItsSiteButNotItsAddresses() {
        String title = Newsroom.unique("Chosen by host");
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", title);
        Site.Page home = site.getFromHost("georgetown.dateline.localhost", "/");
        assertThat(home.html()).contains(title).contains("href=\"/stories/" + story.id() + "-")
                .contains("<link rel=\"canonical\" href=\"" + origin + "/georgetown/\"");
        Map<String, String> documents = Map.of("/sitemap.xml", origin + "/georgetown/sitemap-1.xml", "/robots.txt",
                "Sitemap: " + origin + "/georgetown/sitemap.xml", "/feed.rss", origin + "/georgetown/stories/" + story.id() + "-");
        documents.forEach((path, expected) -> assertThat(site.getFromHost("georgetown.dateline.localhost", path).html())
                .as(path).contains(expected).doesNotContain("georgetown.dateline.localhost"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
