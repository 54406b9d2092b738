package org.dateline.it;

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

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reader pages come from the server's cache and carry validators, and anything that changes what a
 * site shows makes its cached pages stale at once.
 */
@ExtendWith(ArquillianExtension.class)
class SiteCachingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteCachingIT.class);
    }

    @EJB
    Editorial editorial;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
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

    @Test
    void pagesCarryValidatorsAndAnswerRevalidationWithNotModified() {
        Site.Page page = site.get("/georgetown/");
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(page.header("Last-Modified")).isNotBlank();
        assertThat(page.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(site.get("/georgetown/").header("ETag")).isEqualTo(etag);

        Site.Page revalidated = site.get("/georgetown/", "If-None-Match", etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.html()).isEmpty();
        assertThat(site.get("/georgetown/", "If-Modified-Since", page.header("Last-Modified")).status()).isEqualTo(304);
        assertThat(site.get("/georgetown/", "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
        assertThat(site.get("/georgetown/", "If-Modified-Since", "not a date").status()).isEqualTo(200);
    }

    @Test
    void publishingAndUnpublishingShowOnTheCachedHomePageWithinASecond() throws InterruptedException {
        String before = site.get("/georgetown/").header("ETag");
        String title = Newsroom.unique("Fresh off the press");
        Story live = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", title);

        Site.Page after = withinASecond("/georgetown/", p -> p.html().contains(title));
        assertThat(after.html()).contains(title);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(site.get("/georgetown/", "If-None-Match", before).status()).isEqualTo(200);

        signedIn.run("grace.editor", () -> editorial.unpublish("georgetown", live.id(), live.version(), "Withdrawn"));
        assertThat(withinASecond("/georgetown/", p -> !p.html().contains(title)).html()).doesNotContain(title);
        assertThat(withinASecond("/georgetown/stories/" + live.id(), p -> p.status() == 404).status()).isEqualTo(404);
    }

    @Test
    void aChangeOnOneSiteLeavesTheOthersCachedPagesValid() {
        String washington = site.get("/washington/").header("ETag");
        Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("Only San José changes"));
        assertThat(site.get("/washington/", "If-None-Match", washington).status()).isEqualTo(304);
    }
}
