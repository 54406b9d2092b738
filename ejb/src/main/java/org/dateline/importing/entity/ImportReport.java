package org.dateline.importing.entity;

import java.util.List;

/**
 * What an import did.
 *
 * @param storyIds  the stories it created, in listing order; empty when the listing had been
 *                  imported before
 * @param courseIds the courses it created (items that are courses, not stories), in listing order
 */
public record ImportReport(String office, String listingKey, boolean alreadyImported, List<Long> storyIds, List<Long> courseIds) {

    public ImportReport {
        storyIds = List.copyOf(storyIds);
        courseIds = List.copyOf(courseIds);
    }

    public ImportReport(String office, String listingKey, boolean alreadyImported, List<Long> storyIds) {
        this(office, listingKey, alreadyImported, storyIds, List.of());
    }

    /** How many stories it created. */
    public int created() {
        return storyIds.size();
    }
}
