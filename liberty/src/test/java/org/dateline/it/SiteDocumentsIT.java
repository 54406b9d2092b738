package org.dateline.it;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds, sitemap and robots.txt of each office's site, read back as their consumers read them. */
@ExtendWith(ArquillianExtension.class)
class SiteDocumentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteDocumentsIT.class);
    }

    @EJB
    Editorial editorial;

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

    @Test
    void theSitemapListsTheOfficesStoriesAndRobotsPointsToIt() {
        Site.Page sitemap = site.get("/washington/sitemap.xml");
        assertThat(sitemap.html()).startsWith("<?xml").contains("<loc>http://localhost:" + request.getLocalPort() + "/washington/stories/" + story.id() + "-")
                .doesNotContain("/georgetown/");
        Site.Page linked = site.get(sitemap.html().replaceAll("(?s).*?<loc>http://localhost:\\d+(/washington/stories/" + story.id() + "-[^<]*)</loc>.*", "$1"));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.html()).contains(title);
        assertThat(site.get("/washington/robots.txt").html())
                .isEqualTo("User-agent: *\nAllow: /\nSitemap: http://localhost:" + request.getLocalPort() + "/washington/sitemap.xml\n");
    }

    @Test
    void documentsAreRevalidatedLikePages() {
        String etag = site.get("/washington/feed.atom").header("ETag");
        assertThat(site.get("/washington/feed.atom", "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(site.get("/washington/feed.xml").status()).isEqualTo(404);
    }
}
