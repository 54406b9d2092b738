package org.dateline.importing.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an office's plain-text listing into stories. Three layouts occur, and the listing's first
 * lines tell which:
 * <ul>
 * <li>a title, then its date line, then paragraphs (San José: "11 / 06 / 2020");</li>
 * <li>a date line, then the title, then paragraphs (Georgetown: "14 September, 2020");</li>
 * <li>no dates: stories separated by two or more blank lines, each a title and paragraphs;</li>
 * <li>a monthly newsletter: the month ("May 2020"), the issue's headline, then sections under a
 * heading ("ASSISTING DISPLACED POPULATIONS"), each paragraph an item.</li>
 * </ul>
 * All problems are collected before refusing, so the person importing can fix them in one go.
 */
public final class ListingParser {

    static final int MAX_TITLE = 300;
    private static final int ITEM_TITLE = 110;
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^\\]]+\\]\\([^)]*\\)$");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\s*\\[(?:read more|watch here|watch video|click here[^\\]]*|more)\\]\\([^)]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    /** A full stop after a word of two lower-case letters or more: "U.S." does not end a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll}{2}[.!?])\\s+(?=[\\p{Lu}“\"])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$])");

    private record Line(int number, String text, int blanksBefore) {
    }

    private ListingParser() {
    }

    public static List<ListingItem> parse(String text) throws MalformedListingException {
        List<Line> lines = lines(text == null ? "" : text);
        if (lines.isEmpty()) {
            throw new MalformedListingException(List.of("line 1: the listing is empty"));
        }
        List<String> problems = new ArrayList<>();
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (PublicationDates.looksLikeDate(line.text())) {
                dates.add(i);
                try {
                    PublicationDates.parse(line.text());
                } catch (IllegalArgumentException e) {
                    problems.add("line " + line.number() + ": '" + line.text() + "' is not a valid date");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedListingException(problems);
        }
        List<ListingItem> items;
        if (dates.isEmpty()) {
            items = undated(lines, problems);
        } else if (dates.get(0) == 0 && PublicationDates.isMonthOnly(lines.get(0).text()) && dates.size() == 1) {
            items = newsletter(lines, problems);
        } else if (dates.get(0) == 0) {
            items = dateFirst(lines, dates, problems);
        } else {
            items = titleFirst(lines, dates, problems);
        }
        if (!problems.isEmpty()) {
            throw new MalformedListingException(problems);
        }
        return items;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.replace("\uFEFF", "").replaceAll("[\u00A0\u2007\u202F]", " ").split("\\R", -1);
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String stripped = raw[i].strip();
            if (stripped.isEmpty()) {
                blanks++;
            } else {
                lines.add(new Line(i + 1, stripped, blanks));
                blanks = 0;
            }
        }
        return lines;
    }

    /** Title, date line, paragraphs; repeated. */
    private static List<ListingItem> titleFirst(List<Line> lines, List<Integer> dates, List<String> problems) {
        List<ListingItem> items = new ArrayList<>();
        if (dates.get(0) > 1) {
            problems.add("line " + lines.get(0).number() + ": text before the first story's title");
        }
        for (int d = 0; d < dates.size(); d++) {
            int date = dates.get(d);
            int titleAt = date - 1;
            int end = d + 1 < dates.size() ? dates.get(d + 1) - 1 : lines.size();
            if (titleAt < 0 || (d > 0 && titleAt <= dates.get(d - 1))) {
                problems.add("line " + lines.get(date).number() + ": the date has no title before it");
                continue;
            }
            items.add(item(lines.get(titleAt), PublicationDates.parse(lines.get(date).text()), lines.subList(date + 1, Math.max(date + 1, end)),
                    problems));
        }
        return items;
    }

    /** Date line, title, paragraphs; repeated. */
    private static List<ListingItem> dateFirst(List<Line> lines, List<Integer> dates, List<String> problems) {
        List<ListingItem> items = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            int date = dates.get(d);
            int end = d + 1 < dates.size() ? dates.get(d + 1) : lines.size();
            if (date + 1 >= end) {
                problems.add("line " + lines.get(date).number() + ": the date has no story after it");
                continue;
            }
            items.add(item(lines.get(date + 1), PublicationDates.parse(lines.get(date).text()), lines.subList(date + 2, end), problems));
        }
        return items;
    }

    /** No dates: a blank gap of two lines or more separates stories. */
    private static List<ListingItem> undated(List<Line> lines, List<String> problems) {
        List<ListingItem> items = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).blanksBefore() >= 2) {
                items.add(item(lines.get(start), null, lines.subList(start + 1, i), problems));
                start = i;
            }
        }
        return items;
    }

    /** The month, the issue's headline (and its links), then headings with their items. */
    private static List<ListingItem> newsletter(List<Line> lines, List<String> problems) {
        LocalDate month = PublicationDates.parse(lines.get(0).text());
        List<ListingItem> items = new ArrayList<>();
        int i = 1;
        if (i < lines.size() && !isHeading(lines.get(i).text())) {
            problems.add("line " + lines.get(i).number() + ": a newsletter starts with its headline");
        }
        i++;
        while (i < lines.size() && LINK_ONLY.matcher(lines.get(i).text()).matches()) {
            i++;
        }
        String section = null;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isHeading(line.text())) {
                section = titleCase(line.text());
                continue;
            }
            String text = clean(line.text());
            if (text.isEmpty()) {
                continue;
            }
            items.add(new ListingItem(line.number(), itemTitle(text), month, null, List.of(text), section));
        }
        if (items.isEmpty()) {
            problems.add("line " + lines.get(0).number() + ": the newsletter has no items");
        }
        return items;
    }

    private static ListingItem item(Line title, LocalDate date, List<Line> body, List<String> problems) {
        if (title.text().length() > MAX_TITLE) {
            problems.add("line " + title.number() + ": the title is " + title.text().length() + " characters long (at most " + MAX_TITLE + ")");
        }
        if (PublicationDates.looksLikeDate(title.text())) {
            problems.add("line " + title.number() + ": a date where the story's title should be");
        }
        List<String> paragraphs = new ArrayList<>();
        for (Line line : body) {
            String text = clean(line.text());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String dateline = null;
        for (int p = 0; p < Math.min(2, paragraphs.size()); p++) {
            Datelines.Split split = Datelines.split(paragraphs.get(p));
            if (split.place() != null) {
                dateline = split.place();
                paragraphs.set(p, split.rest());
                break;
            }
            if (!isKicker(paragraphs.get(p))) {
                break;
            }
        }
        return new ListingItem(title.number(), clean(title.text()), date, dateline, paragraphs, null);
    }

    /** A short line above the story proper ("Joint IOM/UNHCR Press Release"). */
    private static boolean isKicker(String paragraph) {
        return paragraph.length() <= 60 && !paragraph.matches(".*[.!?:;]$");
    }

    private static boolean isHeading(String line) {
        if (LINK_ONLY.matcher(line).matches() || line.contains("](")) {
            return false;
        }
        String letters = line.replaceAll("[^\\p{L}]", "");
        boolean capitals = letters.length() >= 3 && letters.equals(letters.toUpperCase(Locale.ROOT));
        return capitals || (line.length() <= 60 && !line.matches(".*[.!?:;,)]$"));
    }

    static String clean(String text) {
        String withoutCall = CALL_TO_ACTION.matcher(text).replaceAll("");
        String withoutLinks = LINK.matcher(withoutCall).replaceAll("$1");
        return ESCAPE.matcher(withoutLinks).replaceAll("$1").strip();
    }

    private static String itemTitle(String text) {
        String sentence = SENTENCE_END.split(text, 2)[0].replaceAll("\\.$", "");
        if (sentence.length() <= ITEM_TITLE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', ITEM_TITLE - 1);
        return sentence.substring(0, cut > 0 ? cut : ITEM_TITLE - 1) + "…";
    }

    private static String titleCase(String heading) {
        if (!heading.equals(heading.toUpperCase(Locale.ROOT))) {
            return heading;
        }
        StringBuilder out = new StringBuilder();
        for (String word : heading.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean minor = !out.isEmpty() && List.of("of", "and", "in", "the", "for", "on", "to", "a").contains(word);
            out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString().replaceAll("-(\\p{Ll})", "-$1");
    }
}
