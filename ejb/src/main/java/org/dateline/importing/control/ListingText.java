package org.dateline.importing.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the listing parser and its recognisers. Listings are copied from web
 * pages, so they carry no-break spaces, markdown links and markdown escapes.
 */
final class ListingText {

    /** Any whitespace, including the no-break spaces that Java's {@code \s} does not match. */
    static final String SPACE = "[\\s\\p{Z}]";

    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[([^\\]\\[]*)\\]\\(([^()\\s]*)\\)");
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[([^\\]\\[]*)\\]\\(([^()\\s]*)\\)[.!]?$");
    private static final Pattern TRAILING_LINK = Pattern.compile("(?<!\\\\)\\[([^\\]\\[]*)\\]\\(([^()\\s]*)\\)[.!]?$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?:read|learn|see|find out|know) more(?: here)?|read (?:it )?here|read the (?:full )?(?:story|article|statement|"
                    + "release|report)|more (?:information|info|details)|(?:click|tap) here\\b.*|watch(?: the)?(?: full)?"
                    + "(?: video| here| now)?|view (?:here|the video|video)|listen here|download(?: here| the report)?"
                    + "|leer más|lea más|ver más|ver (?:el )?video|más información|haga clic aquí\\b.*|clic aquí\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words kept lower-case inside a Title Case heading or place name. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "nor", "of", "on", "or", "per", "the", "to", "upon", "via", "vs", "with",
            "al", "con", "de", "del", "e", "el", "en", "la", "las", "los", "o", "para", "por", "y");

    private ListingText() {
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space, and trims. */
    static String normalize(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").trim();
    }

    static boolean isBlank(String text) {
        return normalize(text).isEmpty();
    }

    /**
     * Plain text of one line: links become their text, escapes are resolved, and a trailing link
     * that stands on its own after the last sentence ("… (OFDA). [Read more](#)") or that only
     * asks the reader to go elsewhere is removed.
     */
    static String plain(String line) {
        String text = withoutTrailingCallsToAction(normalize(line));
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(out);
        return normalize(ESCAPE.matcher(out).replaceAll("$1"));
    }

    /** A line that is nothing but a link, such as "[Click here for more information](#)". */
    static boolean isLinkOnly(String line) {
        return LINK_ONLY.matcher(normalize(line)).matches();
    }

    /** Plain text that only points the reader elsewhere: "Watch video", "Read more", "Leer más". */
    static boolean isCallToAction(String plainText) {
        return CALL_TO_ACTION.matcher(plainText.replaceAll("[.!:»>→]+$", "").trim()).matches();
    }

    private static String withoutTrailingCallsToAction(String text) {
        String rest = text;
        while (true) {
            Matcher link = TRAILING_LINK.matcher(rest);
            if (!link.find()) {
                return rest;
            }
            String before = rest.substring(0, link.start()).trim();
            boolean standsAlone = before.isEmpty() || before.matches("(?s).*[.!?…:)\"”’]$");
            if (!standsAlone && !isCallToAction(link.group(1))) {
                return rest;
            }
            if (before.isEmpty()) {
                return rest;
            }
            rest = before;
        }
    }

    /**
     * Title Case for headings and place names: an all-capitals word is lowered and capitalised, a
     * lower-case word is capitalised, and a word that already mixes cases ("IOM", "McAllen") is
     * kept. Minor words stay lower-case except at the start, also inside hyphenated words
     * ("PORT-OF-SPAIN" becomes "Port-of-Spain").
     *
     * @param keepShortCapitals whether two-letter capital words stay as they are ("DC", "NY")
     */
    static String titleCase(String text, boolean keepShortCapitals) {
        String[] words = normalize(text).split(" ");
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String[] parts = words[w].split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.append('-');
                }
                out.append(titleCaseWord(parts[p], w == 0 && p == 0, keepShortCapitals));
            }
        }
        return out.toString();
    }

    private static String titleCaseWord(String word, boolean first, boolean keepShortCapitals) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return word;
        }
        boolean allUpper = letters.equals(letters.toUpperCase(Locale.ROOT));
        boolean allLower = letters.equals(letters.toLowerCase(Locale.ROOT));
        if (!allUpper && !allLower) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!first && MINOR_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
            return lower;
        }
        if (allUpper && keepShortCapitals && letters.length() <= 2) {
            return word;
        }
        int at = 0;
        while (at < lower.length() && !Character.isLetter(lower.charAt(at))) {
            at++;
        }
        return lower.substring(0, at) + Character.toUpperCase(lower.charAt(at)) + lower.substring(at + 1);
    }

    /** A short excerpt of a line, to quote it in a problem. */
    static String quote(String text) {
        String plain = normalize(text);
        return "'" + (plain.length() <= 60 ? plain : plain.substring(0, 57).trim() + "…") + "'";
    }
}
