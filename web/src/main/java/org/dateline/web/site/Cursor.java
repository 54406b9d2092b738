package org.dateline.web.site;

import org.dateline.placements.entity.Placement;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an "Older stories" page starts: just below the last story of the page before, by its
 * publication time and id ({@code ?before=1591876800000-1234}). Anything else starts at the top.
 */
record Cursor(Instant publishedAt, long id) {

    private static final Pattern FORM = Pattern.compile("^(\\d{1,19})-(\\d{1,18})$");

    static Optional<Cursor> parse(String before) {
        Matcher form = before == null ? null : FORM.matcher(before);
        if (form == null || !form.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(Instant.ofEpochMilli(Long.parseLong(form.group(1))), Long.parseLong(form.group(2))));
        } catch (NumberFormatException | java.time.DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    /** The cursor as it is written in an address; {@link #parse} reads it back. */
    String form() {
        return publishedAt.toEpochMilli() + "-" + id;
    }

    /** The cursor of the page that follows the one ending with this story. */
    static String after(Placement last) {
        return last.publishedAt().toEpochMilli() + "-" + last.id();
    }
}
