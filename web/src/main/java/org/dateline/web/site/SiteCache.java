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

    /**
     * Search pages are kept apart and fewer: readers can ask for any number of different searches,
     * and they must not push the sites' pages out.
     */
    static final int MAX_SEARCHES = 2_000;

    record Page(long version, String contentType, byte[] body) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Page> searches = new ConcurrentHashMap<>();

    Page get(String address, long version) {
        Page page = (isSearch(address) ? searches : pages).get(address);
        return page != null && page.version() == version ? page : null;
    }

    void put(String address, Page page) {
        boolean search = isSearch(address);
        Map<String, Page> kept = search ? searches : pages;
        if (kept.size() >= (search ? MAX_SEARCHES : MAX_PAGES)) {
            kept.clear();
        }
        kept.put(address, page);
    }

    /** A site's search page: its path (before any query) ends in {@code /search}. */
    static boolean isSearch(String address) {
        int query = address.indexOf('?');
        return (query < 0 ? address : address.substring(0, query)).endsWith("/search");
    }
}
