package org.dateline.web.site;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered reader pages, kept per address together with the site version they were rendered at.
 * A page rendered at an older version is never served: publishing anything on a site makes all its
 * cached pages stale at once, on every node, without anyone having to find them.
 */
@ApplicationScoped
public class SiteCache {

    /** Enough for every page of a few busy sites; past it the cache starts over. */
    static final int MAX_PAGES = 20_000;

    record Page(long version, String contentType, byte[] body) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    Page get(String address, long version) {
        Page page = pages.get(address);
        return page != null && page.version() == version ? page : null;
    }

    void put(String address, Page page) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(address, page);
    }
}
