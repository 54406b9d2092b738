package org.dateline.placements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.Slugs;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Topic;
import org.dateline.media.entity.HeroImage;
import org.dateline.media.entity.Image;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.SiteChanged;
import org.dateline.placements.entity.SiteVersion;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    SiteCounts counts;

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
        SiteCounts.Standing before = SiteCounts.Standing.of(placement);
        show(placement, originOffice, revision, publishedAt, zone, now);
        changed(em, site, now, placement);
        counts.changed(em, site, before, SiteCounts.Standing.of(placement));
        return placement;
    }

    /**
     * Shows another office's published revision on the site of {@code site} (a cross-post's copy):
     * dated as the origin dates it, listed on the site from {@code publishedAt} (when the copy went
     * live there), and filed under {@code topics} when the site chose its own (empty: the origin's).
     */
    public Placement placeCopy(String site, String originOffice, Revision revision, Instant publishedAt, LocalDate date,
                               List<String> topics, Instant now) {
        EntityManager em = tenancy.of(site);
        long storyId = revision.story().id();
        Placement placement = find(em, originOffice, storyId).orElseGet(() -> {
            Placement created = new Placement(originOffice, storyId);
            em.persist(created);
            return created;
        });
        SiteCounts.Standing before = SiteCounts.Standing.of(placement);
        Map<String, String> filedUnder = topics.isEmpty() ? topics(revision) : new LinkedHashMap<>();
        topics.forEach(name -> filedUnder.putIfAbsent(Slugs.of(name), name));
        placement.show(revision.id(), Slugs.of(revision.title()), revision.title(), revision.dateline(), date, publishedAt,
                revision.lead(), revision.body(), revision.language(), filedUnder, now);
        placement.showImage(heroImage(originOffice, revision.heroImageId()));
        placement.showCorrection(revision.correctionNotice());
        changed(em, site, now, placement);
        counts.changed(em, site, before, SiteCounts.Standing.of(placement));
        return placement;
    }

    /**
     * What the site would show of the revision, were it published at {@code publishedAt}: a
     * placement that is not stored, for the studio's preview, made exactly as a publication makes one.
     */
    public Placement preview(String originOffice, Revision revision, Instant publishedAt, ZoneId zone, Instant now) {
        Placement placement = new Placement(originOffice, revision.story().id());
        show(placement, originOffice, revision, publishedAt, zone, now);
        return placement;
    }

    private void show(Placement placement, String originOffice, Revision revision, Instant publishedAt, ZoneId zone, Instant now) {
        LocalDate date = revision.publicationDate() != null ? revision.publicationDate()
                : LocalDate.ofInstant(placement.publishedAt() != null && placement.isLive() ? placement.publishedAt() : publishedAt, zone);
        placement.show(revision.id(), Slugs.of(revision.title()), revision.title(), revision.dateline(), date, publishedAt,
                revision.lead(), revision.body(), revision.language(), topics(revision), now);
        placement.showImage(heroImage(originOffice, revision.heroImageId()));
        placement.showCorrection(revision.correctionNotice());
    }

    /** The revision's topics, slug to name, in the revision's order. */
    private static Map<String, String> topics(Revision revision) {
        Map<String, String> topics = new LinkedHashMap<>();
        for (Topic topic : revision.topics()) {
            topics.put(topic.slug(), topic.name());
        }
        return topics;
    }

    /**
     * Makes the story's page and its translation's page on the site link each other when both are
     * live there, and makes either drop its link when the other is not (or there is no translation
     * any more). Called after anything that changes whether, or where, either is live.
     */
    public void linkTranslations(String site, String originOffice, long storyId, Long translationId, Instant now) {
        EntityManager em = tenancy.of(site);
        Placement one = find(em, originOffice, storyId).filter(Placement::isLive).orElse(null);
        Placement other = translationId == null ? null : find(em, originOffice, translationId).filter(Placement::isLive).orElse(null);
        List<Placement> changed = new ArrayList<>();
        if (one != null && one.translatedAs(other, now)) {
            changed.add(one);
        }
        if (other != null && other.translatedAs(one, now)) {
            changed.add(other);
        }
        if (!changed.isEmpty()) {
            changed(em, site, now, changed.toArray(Placement[]::new));
        }
    }

    /** What the page shows of the revision's hero image, read from the origin office's own images. */
    private HeroImage heroImage(String originOffice, Long imageId) {
        if (imageId == null) {
            return null;
        }
        Image image = tenancy.of(originOffice).find(Image.class, imageId);
        return image == null ? null : image.hero();
    }

    public void withdraw(String site, String originOffice, long storyId, Instant now) {
        EntityManager em = tenancy.of(site);
        find(em, originOffice, storyId).ifPresent(p -> {
            SiteCounts.Standing before = SiteCounts.Standing.of(p);
            p.withdraw(now);
            changed(em, site, now, p);
            counts.changed(em, site, before, SiteCounts.Standing.of(p));
        });
    }

    /**
     * Marks the site changed by something other than a story's placement (a newsletter issue, a
     * course), in the caller's transaction: the site's cached pages, feeds and sitemap are stale once
     * it commits, on every node.
     */
    public void touched(String site, Instant now) {
        changed(tenancy.of(site), site, now);
    }

    /**
     * Marks the site changed, in this transaction: its cached pages are stale once it commits. The
     * placement records the version it changed in, which every node's search index catches up by;
     * the bump locks the site's version row until commit, so a site's changes commit in version order.
     */
    private void changed(EntityManager em, String site, Instant now, Placement... placements) {
        em.createNamedQuery(SiteVersion.BUMP).setParameter("office", site).setParameter("at", now).executeUpdate();
        long version = em.createNamedQuery(SiteVersion.OF, Long.class).setParameter("office", site).getSingleResult();
        for (Placement placement : placements) {
            placement.changedIn(version);
        }
        siteChanged.fire(new SiteChanged(site));
    }

    private static Optional<Placement> find(EntityManager em, String originOffice, long storyId) {
        return em.createNamedQuery(Placement.OF_STORY, Placement.class)
                .setParameter("origin", originOffice).setParameter("story", storyId)
                .getResultStream().findFirst();
    }
}
