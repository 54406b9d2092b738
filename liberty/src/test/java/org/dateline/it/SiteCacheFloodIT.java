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

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker floods the reader pages to fill the server's memory: parameters no page reads,
 * garbage cursors, searches and cursors of every value. The page cache must stay within its
 * bytes (the test server's are 4 MB for pages and 1 MB for searches, see liberty/pom.xml), the
 * pages read by nobody must add nothing, and searches must not push the site's pages out. Read
 * in the server from the cache's read-only MBean ({@code org.dateline:type=SiteCache}).
 * <p>
 * The heap before and after each flood (after a full collection) is printed to the server's log
 * ({@code messages.log}, lines starting {@code SiteCacheFloodIT}).
 */
@ExtendWith(ArquillianExtension.class)
class SiteCacheFloodIT {

    /** Enough that keeping each page, as a cache keyed by the whole address did, would hold far more than {@link #HEAP_SLACK}. */
    private static final int FLOOD = 10_000;
    /** What the heap may grow by, after a full collection, while the cache adds nothing. */
    private static final long HEAP_SLACK = 16L * 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SiteCacheFloodIT.class);
    }

    @EJB
    Editorial editorial;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;
    final Random random = new Random(20261202);

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private static long usage(String attribute) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            return (Long) server.getAttribute(new ObjectName("org.dateline:type=SiteCache"), attribute);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The heap in use after full collections, in bytes. */
    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String flood, long before, long after, String cache) {
        // one line: the server's log would split a printf at each argument
        System.out.println(String.format("SiteCacheFloodIT %s: heap used before %,d bytes (%.1f MB), after %,d bytes (%.1f MB),"
                + " grown %.1f MB; %s", flood, before, before / 1048576.0, after, after / 1048576.0, (after - before) / 1048576.0, cache));
    }

    private String noise() {
        String[] names = {"x", "utm_source", "fbclid", "jakarta.faces.ViewState", "jakarta.faces.source", "q", "page", "_"};
        StringBuilder query = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            query.append(i == 0 ? "" : "&").append(names[random.nextInt(names.length)]).append(random.nextBoolean() ? "" : random.nextInt(7))
                    .append('=').append(Long.toHexString(random.nextLong()));
        }
        return query.toString();
    }

    private String garbageCursor() {
        return switch (random.nextInt(5)) {
            case 0 -> Long.toHexString(random.nextLong());
            case 1 -> random.nextInt(1000) + "-";
            case 2 -> "-" + random.nextInt(1000) + "-" + random.nextInt(1000);
            case 3 -> "99999999999999999999-" + random.nextInt(1000);
            default -> random.nextInt(1000) + "-" + random.nextInt(1000) + "-" + random.nextInt(1000);
        };
    }

    @Test
    void parametersNoPageReadsAndGarbageCursorsAddNothingToTheCache() throws InterruptedException {
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", Newsroom.unique("Flooded"));
        String storyPath = site.getFromHost("localhost:" + request.getLocalPort(), "/georgetown/stories/" + story.id()).header("Location");
        List<String> listings = List.of("/georgetown/", "/georgetown/topics/labour-migration");
        List<String> others = List.of(storyPath, "/georgetown/topics/", "/georgetown/archive/", "/georgetown/feed.rss",
                "/georgetown/feed.atom", "/georgetown/sitemap.xml", "/georgetown/sitemap-1.xml", "/georgetown/robots.txt");
        List<String> paths = new ArrayList<>(listings);
        paths.addAll(others);
        List<String> pages = paths.stream().map(path -> site.get(path).html()).toList();
        long entries = usage("PageEntries");
        long bytes = usage("PageBytes");
        long searches = usage("SearchEntries");
        long before = heapAfterCollection();

        long served = 0;
        int requests = 0;
        // at least FLOOD requests, and as many more as it takes (however small the site's pages are
        // at this point of the run) for a cache of whole addresses to show on the heap
        for (int i = 0; i < FLOOD || served <= 2 * HEAP_SLACK && i < 5 * FLOOD; i++) {
            requests++;
            int which = i % paths.size();
            String path = paths.get(which);
            String query = which < listings.size() && random.nextBoolean() ? "before=" + garbageCursor() + "&" + noise() : noise();
            Site.Page page = site.get(path + "?" + query);
            assertThat(page.status()).as(path + "?" + query).isEqualTo(200);
            assertThat(page.html()).as(path + "?" + query).isEqualTo(pages.get(which));
            served += page.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }

        long after = heapAfterCollection();
        print("unknown parameters and garbage cursors (" + requests + " requests)", before, after,
                "page cache " + usage("PageEntries") + " entries, " + usage("PageBytes") + " bytes (before: " + entries + ", " + bytes
                        + "); a cache keyed by the whole address would have kept all " + String.format("%,d", served) + " bytes served");
        // every address was new: a cache keyed by the whole address (up to 20,000 pages) kept every body served, which this test would see
        assertThat(served).as("what a cache of whole addresses would keep").isGreaterThan(2 * HEAP_SLACK);
        // At most the flooded pages themselves: a page the full cache did not admit when it was first
        // rendered (Caffeine admits by frequency) may be rendered and admitted again; nothing more.
        assertThat(usage("PageEntries")).isLessThanOrEqualTo(entries + paths.size());
        assertThat(usage("PageBytes")).isLessThanOrEqualTo(usage("PageLimitBytes"));
        assertThat(usage("SearchEntries")).isLessThanOrEqualTo(searches);
        assertThat(after - before).as("heap grown by the flood").isLessThan(HEAP_SLACK);
    }

    @Test
    void addressesOfNothingAddNothingToTheCache() {
        Story story = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", Newsroom.unique("Not there"));
        String host = "localhost:" + request.getLocalPort();
        site.get("/georgetown/");
        long entries = usage("PageEntries");
        long bytes = usage("PageBytes");
        for (int i = 0; i < 300; i++) {
            String topic = "/georgetown/topics/t" + Long.toHexString(random.nextLong());
            // over HTTP/1.1: see SiteDocumentsIT on Liberty's first answer over an upgraded HTTP/2 connection
            assertThat(site.getFromHost(host, topic).status()).isEqualTo(404);
            assertThat(site.getFromHost(host, topic + (random.nextBoolean() ? "/feed.rss" : "/feed.atom")).status()).isEqualTo(404);
            assertThat(site.getFromHost(host, "/georgetown/stories/" + (1_000_000_000L + random.nextInt(Integer.MAX_VALUE))).status())
                    .isEqualTo(404);
            assertThat(site.getFromHost(host, "/georgetown/stories/" + story.id() + "-s" + Long.toHexString(random.nextLong())).status())
                    .isEqualTo(301);
            assertThat(site.getFromHost(host, "/georgetown/sitemap-" + (1000 + random.nextInt(900_000)) + ".xml").status()).isEqualTo(404);
        }
        assertThat(usage("PageEntries")).isLessThanOrEqualTo(entries);
        assertThat(usage("PageBytes")).isLessThanOrEqualTo(bytes);
    }

    @Test
    void cursorsOfEveryValueStayWithinThePageCachesBytes() throws InterruptedException {
        Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", Newsroom.unique("Cursor flood"));
        long limit = usage("PageLimitBytes");
        long before = heapAfterCollection();
        long future = System.currentTimeMillis() + 86_400_000L;
        // enough full pages to fill the cache twice over
        int requests = (int) Math.min(3_000, 2 * limit / site.get("/georgetown/?before=" + future + "-1").html().length() + 50);
        for (int i = 0; i < requests; i++) {
            // a cursor after every story: each a full first page, each a page of its own
            String cursor = (future + random.nextInt(Integer.MAX_VALUE)) + "-" + random.nextInt(Integer.MAX_VALUE);
            assertThat(site.get("/georgetown/?before=" + cursor).status()).isEqualTo(200);
            assertThat(usage("PageBytes")).isLessThanOrEqualTo(limit);
        }
        long after = heapAfterCollection();
        print("well-formed cursors (" + requests + " requests)", before, after,
                "page cache " + usage("PageEntries") + " entries, " + usage("PageBytes") + " of " + limit + " bytes");
        assertThat(usage("PageEntries")).as("the cache evicted to stay within its bytes").isLessThan(requests);
        assertThat(usage("PageBytes")).isLessThanOrEqualTo(limit).isGreaterThan(limit / 2);
    }

    @Test
    void aFloodOfSearchesStaysWithinItsBytesAndLeavesTheSitesPagesCached() throws InterruptedException {
        Newsroom.published(editorial, signedIn, "washington", "will.editor", "will.editor", Newsroom.unique("Search flood"));
        List<String> paths = List.of("/washington/", "/washington/topics/", "/washington/archive/", "/washington/feed.rss");
        paths.forEach(site::get);
        long pages = usage("PageEntries");
        long pageBytes = usage("PageBytes");
        long limit = usage("SearchLimitBytes");
        long before = heapAfterCollection();
        int requests = (int) Math.min(3_000, 2 * limit / site.get("/washington/search?q=nothingatall").html().length() + 50);
        for (int i = 0; i < requests; i++) {
            assertThat(site.get("/washington/search?q=" + Long.toHexString(random.nextLong()) + "&" + noise()).status()).isEqualTo(200);
        }
        long after = heapAfterCollection();
        print("distinct searches (" + requests + " requests)", before, after,
                "search cache " + usage("SearchEntries") + " entries, " + usage("SearchBytes") + " of " + limit + " bytes");
        assertThat(usage("SearchBytes")).isLessThanOrEqualTo(limit);
        assertThat(usage("SearchEntries")).as("the search cache evicted to stay within its bytes").isLessThan(requests);
        assertThat(usage("PageEntries")).as("the site's pages are all still cached").isEqualTo(pages);
        assertThat(usage("PageBytes")).isEqualTo(pageBytes);
    }
}
