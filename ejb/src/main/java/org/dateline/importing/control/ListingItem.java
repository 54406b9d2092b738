package org.dateline.importing.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One story read from a listing.
 *
 * @param line        the 1-based line of its title; for a newsletter item, the line of its paragraph
 * @param title       the headline; for a newsletter item, the first sentence of its paragraph
 * @param publishedOn its date, null when the listing has none; a newsletter's month gives its 1st day
 * @param dateline    the place the first paragraph was datelined with, or null
 * @param paragraphs  plain text, never empty; the dateline is no longer part of the paragraph it came from
 * @param section     the newsletter section it was listed under, in Title Case; null outside newsletters
 */
public record ListingItem(int line, String title, LocalDate publishedOn, String dateline, List<String> paragraphs,
                          String section) {

    public ListingItem {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("the story '" + title + "' has no paragraph");
        }
    }

    public String lead() {
        return paragraphs.get(0);
    }
}
