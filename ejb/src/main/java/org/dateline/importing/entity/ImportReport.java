package org.dateline.importing.entity;

import java.util.List;

/**
 * What an import did.
 *
 * @param storyIds  the stories it created, in listing order; empty when the listing had been
 *                  imported before, or was a newsletter
 * @param courseIds the courses it created (items that are courses, not stories), in listing order
 * @param issueId   the newsletter issue it created, or null
 * @param notes     what the import could not carry over as the listing had it, by line, for the editor to see to
 */
public record ImportReport(String office, String listingKey, boolean alreadyImported, List<Long> storyIds, List<Long> courseIds,
                           Long issueId, List<String> notes) {

    public ImportReport {
        storyIds = List.copyOf(storyIds);
        courseIds = courseIds == null ? List.of() : List.copyOf(courseIds);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ImportReport stories(String office, String listingKey, List<Long> storyIds, List<Long> courseIds, List<String> notes) {
        return new ImportReport(office, listingKey, false, storyIds, courseIds, null, notes);
    }

    public static ImportReport storiesAlreadyImported(String office, String listingKey) {
        return new ImportReport(office, listingKey, true, List.of(), List.of(), null, List.of());
    }

    public static ImportReport issue(String office, String listingKey, long issueId, List<String> notes) {
        return new ImportReport(office, listingKey, false, List.of(), List.of(), issueId, notes);
    }

    public static ImportReport issueAlreadyImported(String office, String listingKey) {
        return new ImportReport(office, listingKey, true, List.of(), List.of(), null, List.of());
    }

    /** How many stories it created. */
    public int created() {
        return storyIds.size();
    }
}
