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

    static final Pattern SPACES = Pattern.compile(SPACE + "++");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    /**
     * A markdown link: its text holds no bracket and its address no parenthesis or space, and both
     * are taken whole (possessive), so a line of brackets or an unclosed link is read once, not
     * once for every place it could start.
     */
    static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[([^\\]\\[]*+)\\]\\(([^()\\s]*+)\\)");
    static final Pattern LINK_ONLY = Pattern.compile("^\\[([^\\]\\[]*+)\\]\\(([^()\\s]*+)\\)[.!]?$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final String ENDS_STANDING_ALONE = ".!?…:)\"”’";
    static final Pattern CALL_TO_ACTION = Pattern.compile(
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

    /** Whether the line has a markdown link anywhere. */
    static boolean hasLink(String line) {
        return LINK.matcher(line).find();
    }

    /** Plain text that only points the reader elsewhere: "Watch video", "Read more", "Leer más". */
    static boolean isCallToAction(String plainText) {
        return CALL_TO_ACTION.matcher(Datelines.withoutTrailing(plainText, ".!:»>→").trim()).matches();
    }

    /**
     * Drops links from the end of the text, last first, while they stand alone or only point
     * elsewhere. The text is cut by index and each link found from the end: searching the whole
     * text again for each link would be quadratic in a line of many links.
     */
    private static String withoutTrailingCallsToAction(String text) {
        int end = text.length();
        while (true) {
            int[] link = trailingLink(text, end);
            if (link == null) {
                return text.substring(0, end);
            }
            int before = link[0];
            while (before > 0 && text.charAt(before - 1) <= ' ') {
                before--;
            }
            boolean standsAlone = before == 0 || ENDS_STANDING_ALONE.indexOf(text.charAt(before - 1)) >= 0;
            if (before == 0 || !standsAlone && !isCallToAction(text.substring(link[1], link[2]))) {
                return text.substring(0, end);
            }
            end = before;
        }
    }

    /**
     * The markdown link that ends {@code text[0, end)} (perhaps followed by one "." or "!"), as its
     * start and the bounds of its text; null when none does. The same links as {@link #LINK} finds,
     * read from the end: its address has no parenthesis, so it opens at the last "(" before the
     * closing ")"; its text has no bracket, so it opens at the last "[" before the "](".
     */
    private static int[] trailingLink(String text, int end) {
        int close = end - 1;
        if (close >= 0 && (text.charAt(close) == '.' || text.charAt(close) == '!')) {
            close--;
        }
        if (close < 0 || text.charAt(close) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', close - 1);
        if (open < 1 || text.charAt(open - 1) != ']') {
            return null;
        }
        for (int i = open + 1; i < close; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == ' ' || (c >= '\t' && c <= '\r')) {
                return null;
            }
        }
        int textEnd = open - 1;
        int bracket = textEnd - 1;
        while (bracket >= 0 && text.charAt(bracket) != '[' && text.charAt(bracket) != ']') {
            bracket--;
        }
        if (bracket < 0 || text.charAt(bracket) != '[' || (bracket > 0 && text.charAt(bracket - 1) == '\\')) {
            return null;
        }
        return new int[]{bracket, bracket + 1, textEnd};
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
