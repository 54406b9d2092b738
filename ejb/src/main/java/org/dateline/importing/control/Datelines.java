package org.dateline.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story's first paragraph: "San José – …", "Washington, DC – …",
 * "September 14, Georgetown - …", "Roseau, 28 February 2021 – …", "PORT-OF-SPAIN, TRINIDAD: …".
 * The place is what stays once the date parts are dropped. A long or lower-case opening is a
 * sentence, not a place, and is left alone.
 */
public final class Datelines {

    public record Split(String place, String rest) {
    }

    private static final Pattern DASHED = Pattern.compile("^(.{2,60}?)(?:\\s+[-–—]\\s*|\\s*[–—]\\s+)(.+)$", Pattern.DOTALL);
    private static final Pattern COLON = Pattern.compile("^([^:]{2,60}):\\s+(.+)$", Pattern.DOTALL);
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el", "of", "and", "y", "da", "do", "on", "the");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}(st|nd|rd|th)?$");
    private static final int MAX_WORDS = 8;

    private Datelines() {
    }

    public static Split split(String paragraph) {
        String text = paragraph.strip();
        Matcher dashed = DASHED.matcher(text);
        if (dashed.matches()) {
            String place = place(dashed.group(1).strip());
            if (place != null) {
                return new Split(place, dashed.group(2).strip());
            }
        }
        // A colon only ends a dateline written in capitals ("PORT-OF-SPAIN, TRINIDAD: …"); elsewhere it is a sentence.
        Matcher colon = COLON.matcher(text);
        if (colon.matches() && isAllCaps(colon.group(1))) {
            String place = place(colon.group(1).strip());
            if (place != null) {
                return new Split(place, colon.group(2).strip());
            }
        }
        return new Split(null, text);
    }

    private static String place(String opening) {
        if (opening.isEmpty() || !Character.isUpperCase(opening.codePointAt(0))) {
            return null;
        }
        String[] words = opening.split("[\\s,]+");
        if (words.length > MAX_WORDS) {
            return null;
        }
        for (String word : words) {
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (!capitalised && !CONNECTORS.contains(word) && !NUMBER.matcher(word).matches()) {
                return null;
            }
        }
        List<String> parts = new ArrayList<>();
        for (String segment : opening.split(",")) {
            String kept = withoutDates(segment.strip());
            if (!kept.isEmpty()) {
                parts.add(kept);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String place = String.join(", ", parts);
        return isAllCaps(place) ? titleCase(place) : place;
    }

    /** Drops month names and numbers: "28 February 2021" and "September 14" are dates, not places. */
    private static String withoutDates(String segment) {
        List<String> kept = new ArrayList<>();
        for (String word : segment.split("\\s+")) {
            if (!PublicationDates.isMonth(word) && !NUMBER.matcher(word).matches()) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    private static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT)) && s.replaceAll("[^\\p{L}]", "").length() > 3;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        Matcher word = Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(s.toLowerCase(Locale.ROOT));
        boolean first = true;
        while (word.find()) {
            String w = word.group();
            if (Character.isLetter(w.codePointAt(0)) && (first || !CONNECTORS.contains(w))) {
                w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            }
            if (Character.isLetter(w.codePointAt(0))) {
                first = false;
            }
            out.append(w);
        }
        return out.toString();
    }
}
