package org.dateline.importing.entity;

import java.util.List;

/**
 * What an import did.
 *
 * @param storyIds the stories it created, in listing order; empty when the listing had been
 *                 imported before, or was a newsletter
 * @param issueId  the newsletter issue it created, or null
 * @param notes    what the import could not carry over as the listing had it, by line, for the editor to see to
 */
public record ImportReport(String office, String listingKey, boolean alreadyImported, List<Long> storyIds, Long issueId,
                           List<String> notes) {

    public ImportReport {
        storyIds = List.copyOf(storyIds);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ImportReport stories(String office, String listingKey, List<Long> storyIds, List<String> notes) {
        return new ImportReport(office, listingKey, false, storyIds, null, notes);
    }

    public static ImportReport storiesAlreadyImported(String office, String listingKey) {
        return new ImportReport(office, listingKey, true, List.of(), null, List.of());
    }

    public static ImportReport issue(String office, String listingKey, long issueId, List<String> notes) {
        return new ImportReport(office, listingKey, false, List.of(), issueId, notes);
    }

    public static ImportReport issueAlreadyImported(String office, String listingKey) {
        return new ImportReport(office, listingKey, true, List.of(), null, List.of());
    }

    public int created() {
        return storyIds.size() + (issueId == null ? 0 : 1);
    }
}
