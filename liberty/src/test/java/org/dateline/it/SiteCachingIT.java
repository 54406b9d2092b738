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

    @Test
    void pagesFeedsSitemapsAndTheApiAreSentGzipCompressedToClientsThatTakeIt() throws Exception {
        // enough stories for the API's list to be worth compressing
        for (int i = 0; i < 20 && raw("/api/v1/san-jose/stories?limit=20").body().length < 4096; i++) {
            Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor", Newsroom.unique("Compressed once, sent often"));
        }
        for (String path : new String[] {"/san-jose/", "/san-jose/feed.rss", "/san-jose/feed.atom", "/san-jose/sitemap.xml",
                "/san-jose/sitemap-1.xml", "/san-jose/topics/", "/api/v1/san-jose/stories?limit=20"}) {
            Raw plain = raw(path);
            Raw compressed = raw(path, "Accept-Encoding", "gzip, deflate, br");
            assertThat(plain.status()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(compressed.status()).as(path).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(compressed.headers().allValues("Vary")).as(path).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
            byte[] unpacked;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
                unpacked = in.readAllBytes();
            }
            assertThat(compressed.body().length).as(path).isLessThan(plain.body().length);
            assertThat(new String(unpacked, java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        // a client that refuses gzip gets the page as it is
        assertThat(raw("/san-jose/", "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();

        // each encoding has its own validator, and either revalidates the page
        String plainTag = raw("/san-jose/").headers().firstValue("ETag").orElseThrow();
        String gzipTag = raw("/san-jose/", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag);
        assertThat(raw("/san-jose/", "Accept-Encoding", "gzip", "If-None-Match", gzipTag).status()).isEqualTo(304);
        assertThat(raw("/san-jose/", "If-None-Match", plainTag).status()).isEqualTo(304);
    }

    record Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {
    }

    /** The response's bytes as they came (Java's HTTP client does not decompress). */
    private Raw raw(String path, String... headers) throws Exception {
        var builder = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + request.getLocalPort() + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        var response = java.net.http.HttpClient.newHttpClient().send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Raw(response.statusCode(), response.headers(), response.body());
    }
}
