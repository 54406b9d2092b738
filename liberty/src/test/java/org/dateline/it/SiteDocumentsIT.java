package org.dateline.it;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.dateline.articles.entity.Story;
import org.dateline.importing.boundary.Listings;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds, sitemap index and sitemaps, and robots.txt of each office's site, read back as their consumers read them. */
@ExtendWith(ArquillianExtension.class)
class SiteDocumentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteDocumentsIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Listings listings;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;
    String title;
    Story story;
    String otherTitle;

    @BeforeEach
    void aStoryInEachOffice() {
        signedIn = new SignedIn(request);
        site = new Site(request);
        title = Newsroom.unique("In the Washington feed");
        story = Newsroom.published(editorial, signedIn, "washington", "will.editor", "will.editor", title);
        otherTitle = Newsroom.unique("Not in the Washington feed");
        Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", otherTitle);
    }


    private SyndFeed feed(String path) throws Exception {
        Site.Page page = site.get(path);
        assertThat(page.status()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(page.html()));
    }

    @Test
    void rssAndAtomFeedsListTheOfficesLatestStories() throws Exception {
        for (String path : new String[]{"/washington/feed.rss", "/washington/feed.atom"}) {
            SyndFeed feed = feed(path);
            assertThat(feed.getFeedType()).isEqualTo(path.endsWith("rss") ? "rss_2.0" : "atom_1.0");
            assertThat(feed.getTitle()).isEqualTo("Washington — news");
            SyndEntry first = feed.getEntries().get(0);
            assertThat(first.getTitle()).isEqualTo(title);
            assertThat(first.getLink()).startsWith("http://localhost:" + request.getLocalPort() + "/washington/stories/" + story.id() + "-in-the-washington-feed-");
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).doesNotContain(otherTitle).hasSizeLessThanOrEqualTo(20);
        }
        assertThat(site.get("/washington/feed.rss").header("Content-Type")).startsWith("application/rss+xml");
    }

    /** The sitemap index's sitemaps, or a sitemap's pages, as a crawler reads them: with an XML parser. */
    private List<String> locations(String path, String root) throws Exception {
        Site.Page page = site.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.header("Content-Type")).as(path).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page.html())));
        assertThat(document.getDocumentElement().getLocalName()).as(path).isEqualTo(root);
        assertThat(document.getDocumentElement().getNamespaceURI()).as(path).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locs = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            found.add(locs.item(i).getTextContent());
        }
        return found;
    }

    private String local(String url) {
        String origin = "http://localhost:" + request.getLocalPort();
        assertThat(url).startsWith(origin + "/");
        return url.substring(origin.length());
    }

    @Test
    void theSitemapIndexPointsAtSitemapsThatListTheOfficesStoriesAndRobotsPointsToIt() throws Exception {
        String washington = "http://localhost:" + request.getLocalPort() + "/washington/";
        List<String> sitemaps = locations("/washington/sitemap.xml", "sitemapindex");
        assertThat(sitemaps).isNotEmpty().startsWith(washington + "sitemap-1.xml");
        List<String> first = locations(local(sitemaps.get(0)), "urlset");
        assertThat(first.get(0)).isEqualTo(washington);
        String address = first.stream().filter(loc -> loc.startsWith(washington + "stories/" + story.id() + "-")).findFirst().orElseThrow();
        assertThat(first).noneMatch(loc -> loc.contains("/georgetown/"));
        Site.Page linked = site.get(local(address));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.html()).contains(title);
        assertThat(site.get("/washington/robots.txt").html()).isEqualTo("User-agent: *\nAllow: /\nSitemap: " + washington + "sitemap.xml\n");
        // over HTTP/1.1: Liberty answers the first request of a connection upgraded to HTTP/2 (h2c) with 200 where the page is a 404
        String host = "localhost:" + request.getLocalPort();
        assertThat(site.getFromHost(host, "/washington/sitemap-" + (sitemaps.size() + 1) + ".xml").status()).isEqualTo(404);
        assertThat(site.getFromHost(host, "/washington/sitemap-0.xml").status()).isEqualTo(404);
        assertThat(site.getFromHost(host, "/washington/sitemap-01.xml").status()).isEqualTo(404);
    }

    /** The test server's sitemaps hold 25 addresses (dateline.sitemap.page-size); 60 more stories need several. */
    @Test
    void everyLiveStoryIsInExactlyOneSitemapAndNoSitemapHoldsMoreThanItsSize() throws Exception {
        StringBuilder listing = new StringBuilder();
        String batch = Newsroom.unique("Sitemap batch");
        for (int i = 1; i <= 60; i++) {
            listing.append(batch).append(" story ").append(i).append("\n\n").append(String.format("%02d / 03 / 1999", 1 + i % 28))
                    .append("\n\nText.\n\n");
        }
        signedIn.run("grace.editor", () -> listings.importListing("georgetown", batch + ".txt", listing.toString()));

        List<String> inSitemaps = new ArrayList<>();
        List<String> sitemaps = locations("/georgetown/sitemap.xml", "sitemapindex");
        assertThat(sitemaps.size()).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= sitemaps.size(); page++) {
            assertThat(sitemaps.get(page - 1)).endsWith("/georgetown/sitemap-" + page + ".xml");
            List<String> entries = locations(local(sitemaps.get(page - 1)), "urlset");
            assertThat(entries).as("sitemap %d", page).hasSizeLessThanOrEqualTo(25).isNotEmpty();
            inSitemaps.addAll(page == 1 ? entries.subList(1, entries.size()) : entries);
        }
        List<String> live = new ArrayList<>();
        String next = null;
        do {
            JsonObject page = Json.createReader(new StringReader(site.get("/api/v1/georgetown/stories?limit=100"
                    + (next == null ? "" : "&before=" + next)).html())).readObject();
            page.getJsonArray("items").forEach(item -> live.add(item.asJsonObject().getString("url")));
            next = page.isNull("next") ? null : page.getString("next");
        } while (next != null);
        assertThat(inSitemaps).doesNotHaveDuplicates().containsExactlyElementsOf(live);
        assertThat(inSitemaps).filteredOn(loc -> loc.contains("/stories/")).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void aTitleWithMarkupCharactersReadsBackFromTheFeedsAsWritten() throws Exception {
        String awkward = Newsroom.unique("Fish & chips <b>not bold</b> \"R&D\" ]]> &amp;");
        Newsroom.published(editorial, signedIn, "washington", "will.editor", "will.editor", awkward);
        for (String path : new String[]{"/washington/feed.rss", "/washington/feed.atom"}) {
            SyndFeed feed = feed(path);
            assertThat(feed.getEntries().get(0).getTitle()).as(path).isEqualTo(awkward);
            assertThat(site.get(path).html()).as(path).doesNotContain("<b>not bold</b>");
        }
        assertThat(locations("/washington/sitemap-1.xml", "urlset")).anyMatch(loc -> loc.contains("-fish-chips-"));
    }

    @Test
    void documentsAreRevalidatedLikePages() {
        String etag = site.get("/washington/feed.atom").header("ETag");
        assertThat(site.get("/washington/feed.atom", "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(site.get("/washington/feed.xml").status()).isEqualTo(404);
    }
}
