package org.dateline.placements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.dateline.placements.entity.Placement;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps each site's counts of live stories per topic and per month ({@code site_count}) in step with
 * its placements. It is called after the site's version row has been bumped in the same transaction,
 * which holds that row until commit: one site's changes are written one after the other, so an
 * update that finds no row can insert it without racing another.
 */
@ApplicationScoped
class SiteCounts {

    /** What a placement counts for: nothing when it is not live. */
    record Standing(boolean live, int month, Map<String, String> topics) {

        static Standing of(Placement placement) {
            return placement.isLive() ? new Standing(true, placement.publicationMonth(), placement.topicsBySlug())
                    : new Standing(false, 0, Map.of());
        }
    }

    /** Adjusts the counts for one placement that stood as {@code before} and stands as {@code after} now. */
    void changed(EntityManager em, String site, Standing before, Standing after) {
        Map<String, Long> delta = new HashMap<>();
        Map<String, String[]> rows = new HashMap<>();
        count(before, -1, delta, rows);
        count(after, +1, delta, rows);
        for (Map.Entry<String, Long> change : delta.entrySet()) {
            String[] row = rows.get(change.getKey());
            if (change.getValue() != 0 || after.topics().containsKey(row[1])) {
                add(em, site, change.getKey(), row[0], row[1], row[2], change.getValue());
            }
        }
    }

    private static void count(Standing standing, int sign, Map<String, Long> delta, Map<String, String[]> rows) {
        if (!standing.live()) {
            return;
        }
        String month = Integer.toString(standing.month());
        delta.merge("month:" + month, (long) sign, Long::sum);
        rows.put("month:" + month, new String[]{"month", month, month});
        standing.topics().forEach((slug, name) -> {
            delta.merge("topic:" + slug, (long) sign, Long::sum);
            rows.merge("topic:" + slug, new String[]{"topic", slug, name}, (old, now) -> sign > 0 ? now : old);
        });
    }

    private static void add(EntityManager em, String site, String key, String kind, String slug, String name, long stories) {
        int updated = em.createNativeQuery("UPDATE site_count SET stories = stories + ?1, name = ?2 WHERE office_id = ?3 AND count_key = ?4")
                .setParameter(1, stories).setParameter(2, name).setParameter(3, site).setParameter(4, key).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO site_count (office_id, count_key, kind, slug, name, stories) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, site).setParameter(2, key).setParameter(3, kind).setParameter(4, slug)
                    .setParameter(5, name).setParameter(6, Math.max(0, stories)).executeUpdate();
        }
    }
}
