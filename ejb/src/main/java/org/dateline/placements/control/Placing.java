package org.dateline.placements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.Slugs;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Topic;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.SiteChanged;
import org.dateline.placements.entity.SiteVersion;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Puts published revisions on a site and takes them off, inside the caller's transaction, so a
 * story is never published without its placement or unpublished with one left behind.
 */
@ApplicationScoped
public class Placing {

    @Inject
    Tenancy tenancy;

    @Inject
    Event<SiteChanged> siteChanged;

    /**
     * Shows the revision on the site of {@code site} (the origin office's own site for a
     * publication), creating or refreshing the story's placement there.
     */
    public Placement place(String site, String originOffice, Revision revision, Instant publishedAt, ZoneId zone, Instant now) {
        EntityManager em = tenancy.of(site);
        long storyId = revision.story().id();
        Placement placement = find(em, originOffice, storyId).orElseGet(() -> {
            Placement created = new Placement(originOffice, storyId);
            em.persist(created);
            return created;
        });
        LocalDate date = revision.publicationDate() != null ? revision.publicationDate()
                : LocalDate.ofInstant(placement.publishedAt() != null && placement.isLive() ? placement.publishedAt() : publishedAt, zone);
        placement.show(revision.id(), Slugs.of(revision.title()), revision.title(), revision.dateline(), date, publishedAt,
                revision.lead(), revision.body(), revision.language(), revision.topics().stream().map(Topic::name).toList(), now);
        changed(em, site, now, placement);
        return placement;
    }

    public void withdraw(String site, String originOffice, long storyId, Instant now) {
        EntityManager em = tenancy.of(site);
        find(em, originOffice, storyId).ifPresent(p -> {
            p.withdraw(now);
            changed(em, site, now, p);
        });
    }

    /**
     * Marks the site changed, in this transaction: its cached pages are stale once it commits. The
     * placement records the version it changed in, which every node's search index catches up by;
     * the bump locks the site's version row until commit, so a site's changes commit in version order.
     */
    private void changed(EntityManager em, String site, Instant now, Placement placement) {
        em.createNamedQuery(SiteVersion.BUMP).setParameter("office", site).setParameter("at", now).executeUpdate();
        placement.changedIn(em.createNamedQuery(SiteVersion.OF, Long.class).setParameter("office", site).getSingleResult());
        siteChanged.fire(new SiteChanged(site));
    }

    private static Optional<Placement> find(EntityManager em, String originOffice, long storyId) {
        return em.createNamedQuery(Placement.OF_STORY, Placement.class)
                .setParameter("origin", originOffice).setParameter("story", storyId)
                .getResultStream().findFirst();
    }
}
