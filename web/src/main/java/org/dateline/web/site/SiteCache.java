package org.dateline.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.management.JMException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.management.MBeanServer;
import javax.management.MXBean;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rendered reader pages, kept by {@link PageKey} together with the site version they were rendered
 * at, each as rendered and gzip-compressed once (at the highest level: a page is compressed once and
 * served many times). A page rendered at an older version is never served: publishing anything on a site makes all
 * its cached pages stale at once, on every node, without anyone having to find them.
 * <p>
 * What must stay true: the cache is bounded in bytes whatever readers send. Keys hold only what a
 * page reads ({@link PageKey}), so parameters a page ignores add nothing; what a page does read
 * (a cursor, a search) can take any value, so each of the two caches has a weight limit in bytes
 * ({@code dateline.page-cache.pages-mb}, {@code dateline.page-cache.searches-mb}) and evicts by
 * Caffeine's policy (least recently used, with the pages read often kept against a flood of pages
 * read once). Every entry weighs its two bodies and key plus a fixed overhead, so the weight bounds the
 * number of entries too. Search pages have their own cache: readers can ask for any number of
 * different searches, and they must not push the sites' pages out.
 * <p>
 * How full the caches are is readable over JMX ({@code org.dateline:type=SiteCache}), read-only.
 */
@ApplicationScoped
public class SiteCache {

    private static final Logger LOG = Logger.getLogger(SiteCache.class.getName());

    /** What an entry costs beyond its body and key: the entry, its page record, the cache's node. */
    static final int ENTRY_OVERHEAD = 512;

    static final String OBJECT_NAME = "org.dateline:type=SiteCache";

    /** A rendered page, kept as it is and gzip-compressed once (clients that take gzip get those bytes). */
    record Page(long version, String contentType, byte[] body, byte[] gzipped) {

        static Page of(long version, String contentType, byte[] body) {
            return new Page(version, contentType, body, gzip(body));
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3 + 64);
            try (GZIPOutputStream out = new GZIPOutputStream(compressed, 8192) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                out.write(body);
            } catch (IOException inMemory) {
                throw new UncheckedIOException(inMemory);
            }
            return compressed.toByteArray();
        }
    }

    /** How full the two caches are, in entries and in bytes as the caches weigh them. */
    @MXBean
    public interface Usage {
        long getPageEntries();

        long getPageBytes();

        long getPageLimitBytes();

        long getSearchEntries();

        long getSearchBytes();

        long getSearchLimitBytes();
    }

    @Inject
    @ConfigProperty(name = "dateline.page-cache.pages-mb", defaultValue = "64")
    int pagesMegabytes;

    @Inject
    @ConfigProperty(name = "dateline.page-cache.searches-mb", defaultValue = "16")
    int searchesMegabytes;

    private Cache<String, Page> pages;
    private Cache<String, Page> searches;
    private long pagesLimit;
    private long searchesLimit;
    private ObjectName registered;

    @PostConstruct
    void start() {
        pagesLimit = bytes(pagesMegabytes, "dateline.page-cache.pages-mb");
        searchesLimit = bytes(searchesMegabytes, "dateline.page-cache.searches-mb");
        pages = cache(pagesLimit);
        searches = cache(searchesLimit);
        register();
    }

    /** Made at the application's start, so that its usage is readable before the first reader comes. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // the observer's only job is to have the container create this bean now
    }

    @PreDestroy
    void stop() {
        if (registered != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(registered);
            } catch (JMException gone) {
                LOG.log(Level.FINE, "the site cache's MBean was gone already", gone);
            }
        }
    }

    Page get(PageKey key, long version) {
        Page page = (key.search() ? searches : pages).getIfPresent(key.text());
        return page != null && page.version() == version ? page : null;
    }

    void put(PageKey key, Page page) {
        (key.search() ? searches : pages).put(key.text(), page);
    }

    static int weight(String key, Page page) {
        return page.body().length + page.gzipped().length + 2 * key.length() + ENTRY_OVERHEAD;
    }

    private static Cache<String, Page> cache(long limit) {
        // maintenance (eviction) runs on the thread that adds, not on a pool the server does not manage
        return Caffeine.newBuilder().maximumWeight(limit).weigher(SiteCache::weight).executor(Runnable::run).build();
    }

    private static long bytes(int megabytes, String setting) {
        if (megabytes < 1) {
            throw new IllegalStateException(setting + " must be at least 1 (megabytes); it is " + megabytes);
        }
        return megabytes * 1024L * 1024L;
    }

    private void register() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(OBJECT_NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name); // left by an earlier deployment of the application
            }
            server.registerMBean(new UsageReport(), name);
            registered = name;
        } catch (JMException e) {
            LOG.log(Level.WARNING, "the site cache's usage is not readable over JMX", e);
        }
    }

    /** Reads the caches after their pending maintenance, so that the figures are the ones that hold. */
    private final class UsageReport implements Usage {

        @Override
        public long getPageEntries() {
            pages.cleanUp();
            return pages.estimatedSize();
        }

        @Override
        public long getPageBytes() {
            pages.cleanUp();
            return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        }

        @Override
        public long getPageLimitBytes() {
            return pagesLimit;
        }

        @Override
        public long getSearchEntries() {
            searches.cleanUp();
            return searches.estimatedSize();
        }

        @Override
        public long getSearchBytes() {
            searches.cleanUp();
            return searches.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        }

        @Override
        public long getSearchLimitBytes() {
            return searchesLimit;
        }
    }
}
