package org.dateline.importing.control;

import java.time.LocalDate;
import java.util.List;

/**
 * One story of a listing.
 *
 * @param line        the line its title (or, for a newsletter item, its text) starts on
 * @param publishedOn its date; null when the listing has none
 * @param dateline    the place its first paragraph is datelined with; null when there is none
 * @param paragraphs  plain text; the first without its dateline; may be empty (a headline only)
 * @param section     the newsletter section it was listed under; null elsewhere
 */
public record ListingItem(int line, String title, LocalDate publishedOn, String dateline, List<String> paragraphs,
                          String section) {

    public ListingItem {
        paragraphs = List.copyOf(paragraphs);
    }

    public String lead() {
        return paragraphs.isEmpty() ? null : paragraphs.get(0);
    }
}
