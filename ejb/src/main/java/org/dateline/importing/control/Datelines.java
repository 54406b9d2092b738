package org.dateline.importing.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the dateline ("Geneva – ", "PORT-OF-SPAIN, TRINIDAD: ") off the first paragraph of a
 * story. A wrong dateline is worse than none, so a prefix only counts as a place when it is short,
 * starts with a capital and has no lower-case word other than the connecting words of place names
 * ("Ciudad de México", "Saint Vincent and the Grenadines"): a sentence that happens to contain a
 * dash is left alone.
 */
public final class Datelines {

    /**
     * @param place the place, or null when the paragraph has no dateline
     * @param rest  the paragraph after the dateline; the whole paragraph when there is none
     */
    public record Split(String place, String rest) {
    }

    private static final String SP = ListingText.SPACE;
    private static final int MAX_WORDS = 6;
    private static final int MAX_LENGTH = 60;

    /**
     * A dash with space on both sides, or an en or em dash with space on at least one; or a colon.
     * Every run is taken whole (possessive) and only from its first character (the look-behinds):
     * found from every position of a long run of spaces or dashes, the search would read the rest
     * of the run each time, quadratic in its length.
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "(?<!" + SP + ")" + SP + "++[-–—]++" + SP + "++"
                    + "|(?<!" + SP + ")" + SP + "++[–—]++"
                    + "|(?<![–—])[–—]++" + SP + "++"
                    + "|(?<!" + SP + ")" + SP + "++[–—]++(?=\\p{Lu})"
                    + "|(?<![–—]|" + SP + ")[–—]++(?=\\p{Lu})"
                    + "|:" + SP + "++");
    static final Pattern FULL_STOP = Pattern.compile("\\." + SP + "++(?=[\\p{Lu}“\"‘])");

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:" + DAY + " (?:de )?" + MONTH + "|" + MONTH + " " + DAY + "|\\d{1,2} ?/ ?\\d{1,2})"
            + "(?:,? (?:de |del )?\\d{4})?|\\d{1,2} ?/ ?\\d{1,2} ?/ ?\\d{4}";
    static final Pattern LEADING_DATE = Pattern.compile("^(?:" + DATE + "),? ", Pattern.CASE_INSENSITIVE);
    static final Pattern TRAILING_DATE = Pattern.compile(",? (?:" + DATE + ")$", Pattern.CASE_INSENSITIVE);

    /** Lower-case words that occur inside place names. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "upon", "de", "del", "la", "las", "los",
            "el", "y", "e", "da", "do", "dos", "das", "di", "du", "des", "le", "les", "en", "sur", "am", "im");
    /** Words of labels and agencies that look like places but are not ("Note:", "Joint Statement –", "IOM –"). */
    private static final Set<String> NOT_PLACES = Set.of("iom", "oim", "un", "onu", "unhcr", "acnur", "ilo", "oit", "unicef",
            "who", "oms", "usaid", "note", "notes", "update", "updated", "statement", "release",
            "press", "report", "news", "photo", "photos", "video", "breaking", "embargo", "embargoed", "correction",
            "source", "contact", "editor", "editor's", "editor’s", "background", "summary", "attention", "disclaimer");
    static final Pattern PLACE_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}.'’-]*+,?");
    static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}++(?:[-'’]\\p{Lu}?\\p{Ll}++)*+");

    private Datelines() {
    }

    public static Split split(String paragraph) {
        Matcher separator = SEPARATOR.matcher(paragraph);
        if (separator.find()) {
            boolean colon = separator.group().contains(":");
            String place = place(paragraph.substring(0, separator.start()), colon);
            String rest = ListingText.normalize(paragraph.substring(separator.end()));
            if (place != null && !rest.isEmpty()) {
                return new Split(place, rest);
            }
        }
        Matcher stop = FULL_STOP.matcher(paragraph);
        if (stop.find()) {
            String place = nameBeforeFullStop(ListingText.normalize(paragraph.substring(0, stop.start())));
            String rest = ListingText.normalize(paragraph.substring(stop.end()));
            if (place != null && !rest.isEmpty()) {
                return new Split(place, rest);
            }
        }
        return new Split(null, paragraph);
    }

    /** The place named by the text before a dash or colon, its date dropped; null when it is no place. */
    private static String place(String prefix, boolean colon) {
        String text = ListingText.normalize(prefix);
        text = LEADING_DATE.matcher(text).replaceFirst("");
        text = TRAILING_DATE.matcher(text).replaceFirst("");
        text = withoutTrailing(text, ",;").trim();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        String[] words = text.split(" ");
        if (words.length > MAX_WORDS) {
            return null;
        }
        for (String word : words) {
            String bare = word.replaceAll("[,.]+$", "");
            if (!PLACE_WORD.matcher(word).matches() || NOT_PLACES.contains(bare.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !CONNECTORS.contains(bare)) {
                return null;
            }
        }
        boolean capitals = text.equals(text.toUpperCase(Locale.ROOT));
        if (colon && !capitals) {
            return null;
        }
        return capitals ? ListingText.titleCase(text, true) : text;
    }

    /** The text without the run of these characters at its end (a loop: a regex search for the run is quadratic in it). */
    static String withoutTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * "Santo Domingo. The International…": a place ended by a full stop is only taken when it is two
     * to four capitalised words, since a one-word sentence ("Yes.") or an acronym ("IOM Jamaica.")
     * is too easily something else.
     */
    private static String nameBeforeFullStop(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        for (int i = 0; i < words.length; i++) {
            boolean connector = i > 0 && i < words.length - 1 && CONNECTORS.contains(words[i]);
            if (!connector && (!NAME_WORD.matcher(words[i]).matches()
                    || NOT_PLACES.contains(words[i].toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        return text;
    }
}
