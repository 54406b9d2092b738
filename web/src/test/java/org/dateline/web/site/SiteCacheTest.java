package org.dateline.web.site;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

import static org.assertj.core.api.Assertions.assertThat;

class SiteCacheTest {

    private static SiteCache cache(int pagesMegabytes, int searchesMegabytes) {
        SiteCache cache = new SiteCache();
        cache.pagesMegabytes = pagesMegabytes;
        cache.searchesMegabytes = searchesMegabytes;
        cache.start();
        return cache;
    }

    private static SiteCache.Usage usage() {
        return javax.management.JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(), name(), SiteCache.Usage.class);
    }

    private static ObjectName name() {
        try {
            return new ObjectName(SiteCache.OBJECT_NAME);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCachesStayWithinTheirBytesAndSearchesDoNotPushPagesOut() {
        SiteCache cache = cache(1, 1);
        try {
            byte[] body = new byte[20 * 1024];
            for (int i = 0; i < 20; i++) {
                cache.put(PageKey.of("site /page-" + i), SiteCache.Page.of(1, "text/html", body));
            }
            for (int i = 0; i < 2_000; i++) {
                cache.put(new PageKey("site /search?q=" + i, true, java.util.Map.of()), SiteCache.Page.of(1, "text/html", body));
            }
            SiteCache.Usage usage = usage();
            long entry = SiteCache.weight("site /search?q=1000", SiteCache.Page.of(1, "text/html", body));
            assertThat(usage.getSearchLimitBytes()).isEqualTo(1024 * 1024L);
            assertThat(usage.getSearchBytes()).isLessThanOrEqualTo(usage.getSearchLimitBytes())
                    .isGreaterThan(usage.getSearchLimitBytes() - 2 * entry);
            assertThat(usage.getSearchEntries()).isLessThanOrEqualTo(1024 * 1024 / body.length);
            assertThat(usage.getPageEntries()).isEqualTo(20);
            for (int i = 0; i < 20; i++) {
                assertThat(cache.get(PageKey.of("site /page-" + i), 1)).as("page %d", i).isNotNull();
            }
        } finally {
            cache.stop();
        }
    }

    @Test
    void aPageOfAnOlderVersionIsNeverServed() {
        SiteCache cache = cache(1, 1);
        try {
            cache.put(PageKey.of("site /"), SiteCache.Page.of(7, "text/html", new byte[10]));
            assertThat(cache.get(PageKey.of("site /"), 7)).isNotNull();
            assertThat(cache.get(PageKey.of("site /"), 8)).isNull();
        } finally {
            cache.stop();
        }
    }

    @Test
    void everyEntryWeighsAtLeastItsOverheadSoTheBytesBoundTheCount() {
        assertThat(SiteCache.weight("k", new SiteCache.Page(1, "text/plain", new byte[0], new byte[0]))).isEqualTo(SiteCache.ENTRY_OVERHEAD + 2);
        assertThat(SiteCache.weight("key", new SiteCache.Page(1, "text/plain", new byte[1000], new byte[40])))
                .isEqualTo(1000 + 40 + 6 + SiteCache.ENTRY_OVERHEAD);
    }

    @Test
    void aPageIsKeptGzipCompressedOnceAndItsCompressedBytesAreThePage() throws java.io.IOException {
        byte[] html = "<!DOCTYPE html><html lang=\"es\"><p>Migración y trabajo en Centroamérica</p></html>".repeat(50)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SiteCache.Page page = SiteCache.Page.of(3, "text/html", html);
        assertThat(page.gzipped().length).isLessThan(html.length / 10);
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(html);
        }
        assertThat(SiteCache.weight("k", page)).isEqualTo(html.length + page.gzipped().length + 2 + SiteCache.ENTRY_OVERHEAD);
    }
}
