package org.dateline.placements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.placements.entity.ArchiveMonth;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.PlacementAddress;
import org.dateline.placements.entity.PlacementKey;
import org.dateline.placements.entity.PlacementTopic;
import org.dateline.placements.entity.SiteCount;
import org.dateline.placements.entity.TopicCount;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What readers may see on an office's site: its live placements, and nothing of any other office. */
@Stateless
public class Placements {

    @Inject
    Tenancy tenancy;

    /** The newest live placements, newest first. */
    public List<Placement> latest(String office, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.LATEST, Placement.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The live placements published before the given one (keyset paging: the cost of a page does
     * not grow with how deep it is).
     */
    public List<Placement> olderThan(String office, Instant publishedAt, long id, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.OLDER_THAN, Placement.class)
                .setParameter("at", publishedAt).setParameter("id", id)
                .setMaxResults(limit).getResultList();
    }

    /** Where the newest live stories of the site are, without their text (for sitemaps). */
    public List<PlacementAddress> addresses(String office, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.ADDRESSES, PlacementAddress.class).setMaxResults(limit).getResultList();
    }

    /** Where the live stories published before the given one are, newest first (a sitemap after the first). */
    public List<PlacementAddress> addressesAfter(String office, PlacementKey after, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.ADDRESSES_OLDER_THAN, PlacementAddress.class)
                .setParameter("at", after.publishedAt()).setParameter("id", after.id()).setMaxResults(limit).getResultList();
    }

    /**
     * Where the site's live stories split into pages: the key of the last story of each page that
     * has another page after it, the first page holding {@code first} stories and every other
     * {@code size}. Each step skips one page along the listing index from the previous break
     * (a bounded offset, never one from the top) and reads two keys: the page's last and, to know
     * that another page follows, the next one. A site of a million stories in pages of 10,000 is
     * a hundred such steps, and no step reads a story's text.
     */
    public List<PlacementKey> pageBreaks(String office, int first, int size) {
        if (first < 1 || size < 1) {
            throw new IllegalArgumentException("pages hold at least one story");
        }
        List<PlacementKey> breaks = new ArrayList<>();
        List<PlacementKey> step = tenancy.of(office).createNamedQuery(Placement.KEYS, PlacementKey.class)
                .setFirstResult(first - 1).setMaxResults(2).getResultList();
        while (step.size() == 2) {
            PlacementKey last = step.get(0);
            breaks.add(last);
            step = tenancy.of(office).createNamedQuery(Placement.KEYS_OLDER_THAN, PlacementKey.class)
                    .setParameter("at", last.publishedAt()).setParameter("id", last.id())
                    .setFirstResult(size - 1).setMaxResults(2).getResultList();
        }
        return breaks;
    }

    /** A live placement of a story on the office's site. */
    public Optional<Placement> live(String office, long storyId) {
        return tenancy.of(office).createNamedQuery(Placement.LIVE_STORY, Placement.class)
                .setParameter("story", storyId).getResultStream().findFirst();
    }

    /**
     * The site's live stories, its own and the copies it shows of other offices', whose title holds
     * the text (whatever its case), newest first: what the office's own pages, a newsletter say, may link to.
     */
    public List<Placement> liveTitled(String office, String text, int limit) {
        String plain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return tenancy.of(office).createNamedQuery(Placement.LIVE_TITLED, Placement.class).setParameter("title", "%" + plain + "%")
                .setMaxResults(Math.max(1, Math.min(limit, 50))).getResultList();
    }

    /** The live placements of these stories on the site, by story id (a story not live there is not in the map). */
    public Map<Long, Placement> liveStories(String office, java.util.Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Placement> live = new HashMap<>();
        tenancy.of(office).createNamedQuery(Placement.LIVE_STORIES, Placement.class).setParameter("stories", List.copyOf(storyIds))
                .getResultStream().forEach(p -> live.put(p.storyId(), p));
        return live;
    }

    /**
     * The newest live placements of several sites together, newest first: each site is read on
     * its own (the tenant choke point stays the only filter), then the lists are merged.
     */
    public List<Placement> latestOfEach(List<String> offices, int limit) {
        List<Placement> all = new ArrayList<>();
        for (String office : offices) {
            all.addAll(latest(office, limit));
        }
        // a story shown on several sites (cross-posted) is listed once, on its origin's site
        Map<String, Placement> once = new HashMap<>();
        for (Placement p : all) {
            once.merge(p.originOffice() + "/" + p.storyId(), p, (a, b) -> a.isCrossPost() ? b : a);
        }
        List<Placement> listed = new ArrayList<>(once.values());
        listed.sort(Comparator.comparing(Placement::publishedAt).thenComparing(Placement::id).reversed());
        return listed.size() > limit ? List.copyOf(listed.subList(0, limit)) : listed;
    }

    /** The site's topics that have live stories, by name, with how many each has. */
    public List<TopicCount> topics(String office) {
        return tenancy.of(office).createNamedQuery(SiteCount.TOPICS, TopicCount.class).getResultList();
    }

    /** The name of a topic of the site, if any live story is filed under it. */
    public Optional<String> topicName(String office, String topic) {
        return tenancy.of(office).createNamedQuery(PlacementTopic.NAMED, String.class).setParameter("topic", topic)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest live placements filed under a topic, newest first. */
    public List<Placement> latestOnTopic(String office, String topic, int limit) {
        return byIds(office, tenancy.of(office).createNamedQuery(PlacementTopic.LATEST, Long.class).setParameter("topic", topic)
                .setMaxResults(limit).getResultList());
    }

    /** The live placements filed under a topic and published before the given one (keyset paging). */
    public List<Placement> olderOnTopic(String office, String topic, Instant publishedAt, long id, int limit) {
        return byIds(office, tenancy.of(office).createNamedQuery(PlacementTopic.OLDER_THAN, Long.class).setParameter("topic", topic)
                .setParameter("at", publishedAt).setParameter("id", id).setMaxResults(limit).getResultList());
    }

    /** The live placements with these ids, in the order of the ids. */
    private List<Placement> byIds(String office, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Placement> found = new HashMap<>();
        for (Placement p : tenancy.of(office).createNamedQuery(Placement.LIVE_BY_IDS, Placement.class).setParameter("ids", ids).getResultList()) {
            found.put(p.id(), p);
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The months that have live stories, newest first, with how many each has. */
    public List<ArchiveMonth> months(String office) {
        return tenancy.of(office).createNamedQuery(SiteCount.MONTHS, SiteCount.class).getResultStream().map(SiteCount::month).toList();
    }

    /** The newest live placements dated in a month, newest first. */
    public List<Placement> latestOfMonth(String office, YearMonth month, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.LATEST_OF_MONTH, Placement.class)
                .setParameter("month", ArchiveMonth.key(month)).setMaxResults(limit).getResultList();
    }

    /** The live placements dated in a month and published before the given one (keyset paging). */
    public List<Placement> olderOfMonth(String office, YearMonth month, Instant publishedAt, long id, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.OLDER_OF_MONTH, Placement.class)
                .setParameter("month", ArchiveMonth.key(month)).setParameter("at", publishedAt).setParameter("id", id)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The site's placements, live or not, in the order of their changes, after the given one (its
     * site version and id); {@code (v, Long.MAX_VALUE)} starts after every change made in version
     * {@code v}, {@code (-1, Long.MAX_VALUE)} at the first placement.
     */
    public List<Placement> changedAfter(String office, long afterVersion, long afterId, int limit) {
        return tenancy.of(office).createNamedQuery(Placement.CHANGED_SINCE, Placement.class)
                .setParameter("afterVersion", afterVersion).setParameter("afterId", afterId)
                .setMaxResults(limit).getResultList();
    }
}
