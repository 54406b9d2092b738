package org.dateline.importing.entity;

import java.util.List;

/**
 * What an import did.
 *
 * @param storyIds the stories it created, in listing order; empty when the listing had been
 *                 imported before
 */
public record ImportReport(String office, String listingKey, boolean alreadyImported, List<Long> storyIds) {

    public ImportReport {
        storyIds = List.copyOf(storyIds);
    }

    public int created() {
        return storyIds.size();
    }
}
