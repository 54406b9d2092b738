package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.PlacementKey;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An office's sitemaps: {@code sitemap.xml} is a sitemap index of {@code sitemap-1.xml},
 * {@code sitemap-2.xml}, …, each of at most {@code dateline.sitemap.page-size} addresses (default
 * 10,000; sitemaps.org allows 50,000), newest stories first, the site's root at the top of the
 * first. No request builds more than one page of addresses.
 * <p>
 * Pages are cut by keyset along the listing index, (publication time, id) descending, like the
 * home page's "Older stories": sitemap {@code n} is the stories after the last key of sitemap
 * {@code n - 1}. Those page breaks are found once per site version by
 * {@link Placements#pageBreaks} (a walk that skips a page at a time along the index from the
 * previous break, never an offset from the top, and reads no text) and kept here, one list per
 * office, so that the index and every page at that version agree on where pages start, and a
 * cached or repeated request costs no database access. Ids alone would not do: they come from one
 * sequence for every office, so a range of ids holds any number of one office's stories.
 * <p>
 * A publication between reading the version and walking the index can leave breaks of the newer
 * content under the older version; the next version, a second later, walks again.
 */
@ApplicationScoped
public class Sitemaps {

    /** The most sitemaps.org allows in one sitemap. */
    static final int MOST = 50_000;

    @EJB
    Placements placements;

    @EJB
    Newsletters newsletters;

    @Inject
    @ConfigProperty(name = "dateline.sitemap.page-size", defaultValue = "10000")
    int pageSize;

    /** By office: bounded by the offices, never by what readers ask. */
    private final Map<String, Breaks> breaks = new ConcurrentHashMap<>();

    private record Breaks(long version, List<PlacementKey> keys) {
    }

    @PostConstruct
    void check() {
        if (pageSize < 2 || pageSize > MOST) {
            throw new IllegalStateException("dateline.sitemap.page-size must be from 2 to " + MOST + "; it is " + pageSize);
        }
    }

    /** How many sitemaps the site has at this version: at least one, which holds the site's root. */
    int pages(Office office, long version) {
        return breaks(office, version).size() + 1;
    }

    byte[] index(Office office, String siteUrl, long version) {
        return SiteDocuments.sitemapIndex(siteUrl, pages(office, version));
    }

    /** Sitemap {@code page} (from 1, at most {@link #pages}). */
    byte[] page(Office office, String siteUrl, long version, int page) {
        List<PlacementKey> keys = breaks(office, version);
        if (page < 1 || page > keys.size() + 1) {
            throw new IllegalArgumentException("the site has no sitemap " + page);
        }
        return page == 1
                ? SiteDocuments.sitemap(siteUrl, true, newsletterPages(office), placements.addresses(office.slug(), pageSize - 1))
                : SiteDocuments.sitemap(siteUrl, false, placements.addressesAfter(office.slug(), keys.get(page - 2), pageSize));
    }

    /** The newsletter archive and its issues, when the office has published any (a dozen a year: no page of its own). */
    private List<SiteDocuments.Address> newsletterPages(Office office) {
        List<Issue> issues = newsletters.published(office.slug());
        if (issues.isEmpty()) {
            return List.of();
        }
        List<SiteDocuments.Address> pages = new ArrayList<>();
        pages.add(new SiteDocuments.Address("newsletters/", issues.get(0).updatedAt()));
        for (Issue issue : issues) {
            pages.add(new SiteDocuments.Address(NewsletterPageView.path(issue), issue.updatedAt()));
        }
        return pages;
    }

    private List<PlacementKey> breaks(Office office, long version) {
        Breaks known = breaks.get(office.slug());
        if (known == null || known.version() != version) {
            // the site's root takes the first page's first place
            known = new Breaks(version, List.copyOf(placements.pageBreaks(office.slug(), pageSize - 1, pageSize)));
            breaks.put(office.slug(), known);
        }
        return known.keys();
    }
}
