package org.dateline.placements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.PlacementAddress;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.util.List;
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

    /** A live placement of a story on the office's site. */
    public Optional<Placement> live(String office, long storyId) {
        return tenancy.of(office).createNamedQuery(Placement.LIVE_STORY, Placement.class)
                .setParameter("story", storyId).getResultStream().findFirst();
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
