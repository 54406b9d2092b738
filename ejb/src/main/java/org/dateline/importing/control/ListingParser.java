package org.dateline.importing.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an office's plain-text listing into stories. The layout is told by the date lines:
 * <ul>
 * <li>no date line: stories are separated by two or more blank lines, each a title and its paragraphs;</li>
 * <li>a month first ("May 2020"): not stories but a newsletter issue, read by {@link NewsletterListing};</li>
 * <li>another date first ("14 September, 2020"): each story is a date, its title, then its paragraphs;</li>
 * <li>otherwise each story is a title, its date on the next non-blank line, then its paragraphs.</li>
 * </ul>
 * Every non-blank line is a paragraph of its own. A listing with any problem is refused whole,
 * with all its problems, so that an office never ends up with half a listing published.
 * <p>
 * A listing is imported in one transaction and read whole into memory, so its size is bounded
 * ({@link #MAX_BYTES}, {@link #MAX_LINES}, {@link #MAX_ITEMS}) and so is a line's
 * ({@link #MAX_LINE_LENGTH}): those limits are checked in one pass before anything else is read,
 * and a listing past any of them is refused with the line where it went past. Every pattern the
 * parser and its recognisers use reads a line in time linear in its length (see their Javadoc);
 * the line limit is what bounds that time.
 */
public final class ListingParser {

    /** The demo's listings are about 5 kB; an office's whole archive of a few hundred stories fits. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_LINES = 20_000;
    /** A long paragraph of a story is 2,000 characters; ten thousand is no paragraph anyone writes. */
    public static final int MAX_LINE_LENGTH = 10_000;
    /** Stories of one listing, all created in one transaction. */
    public static final int MAX_ITEMS = 500;
    private static final String SPLIT_IT = " are imported at once: split it into several listings";

    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_KICKER_WORDS = 10;
    private static final int MAX_KICKER_LENGTH = 80;

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final String SENTENCE_PUNCTUATION = ".!?:;,…";
    private static final String CLOSING = "'\"”’)";
    /**
     * A non-blank line, how many blank lines came just before it, and whether it is a date line;
     * the date is null for a date line that names no real day.
     */
    private record Line(int number, String text, int blanksBefore, boolean isDate, LocalDate date) {
    }

    /** A story as the layout delimits it, before its text is cleaned. */
    private record Draft(Line title, LocalDate date, List<Line> paragraphs) {
    }

    private record Problem(int line, String what) {
    }

    private ListingParser() {
    }

    public static List<ListingItem> parse(String text) throws MalformedListingException {
        String listing = text == null ? "" : text;
        List<String> tooLarge = overLimits(listing);
        if (!tooLarge.isEmpty()) {
            throw new MalformedListingException(tooLarge);
        }
        List<Line> lines = nonBlankLines(listing);
        if (lines.isEmpty()) {
            throw new MalformedListingException(List.of("line 1: the listing is empty"));
        }
        List<Problem> problems = new ArrayList<>();
        lines = withDates(lines, problems);
        List<ListingItem> items = new ArrayList<>();
        if (lines.stream().noneMatch(Line::isDate)) {
            readStories(undated(lines), problems, items);
        } else if (PublicationDates.isMonthOnly(lines.get(0).text())) {
            throw new MalformedListingException(List.of("line " + lines.get(0).number() + ": "
                    + ListingText.quote(lines.get(0).text()) + " starts a newsletter, which is imported as a newsletter issue, not as stories"));
        } else if (lines.get(0).isDate()) {
            readStories(datesFirst(lines, problems), problems, items);
        } else {
            readStories(titlesFirst(lines, problems), problems, items);
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new Problem(items.get(MAX_ITEMS).line(), "the listing has more than " + MAX_ITEMS + " stories; at most "
                    + MAX_ITEMS + SPLIT_IT));
        }
        if (!problems.isEmpty()) {
            throw new MalformedListingException(problems.stream()
                    .sorted(Comparator.comparingInt(Problem::line))
                    .map(p -> "line " + p.line() + ": " + p.what())
                    .toList());
        }
        return List.copyOf(items);
    }

    /**
     * The listing's bytes (as UTF-8), lines and line lengths against the limits, in one pass that
     * stops where the listing gets too large; the lines are counted as {@link #LINE_BREAK} splits them.
     */
    static List<String> overLimits(String text) {
        List<String> problems = new ArrayList<>();
        long bytes = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (bytes > MAX_BYTES) {
                problems.add("line " + line + ": the listing is larger than " + MAX_BYTES / (1024 * 1024) + " MB from here on; at most "
                        + MAX_BYTES / (1024 * 1024) + " MB" + SPLIT_IT);
                return problems;
            }
            if (c != '\n' && c != '\r') {
                continue;
            }
            checkLength(line, i - lineStart, problems);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                bytes++;
            }
            lineStart = i + 1;
            if (++line > MAX_LINES) {
                problems.add("line " + line + ": the listing has more than " + MAX_LINES + " lines; at most " + MAX_LINES + SPLIT_IT);
                return problems;
            }
        }
        checkLength(line, text.length() - lineStart, problems);
        return problems;
    }

    private static void checkLength(int line, int length, List<String> problems) {
        if (length > MAX_LINE_LENGTH) {
            problems.add("line " + line + ": the line is " + length + " characters long, at most " + MAX_LINE_LENGTH + " are allowed");
        }
    }

    private static List<Line> nonBlankLines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = LINE_BREAK.split(text, -1);
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = ListingText.normalize(raw[i]);
            if (line.isEmpty()) {
                blanks++;
            } else {
                lines.add(new Line(i + 1, line, blanks, false, null));
                blanks = 0;
            }
        }
        return lines;
    }

    private static List<Line> withDates(List<Line> lines, List<Problem> problems) {
        List<Line> read = new ArrayList<>();
        for (Line line : lines) {
            if (!PublicationDates.looksLikeDate(line.text())) {
                read.add(line);
                continue;
            }
            LocalDate date = null;
            try {
                date = PublicationDates.parse(line.text());
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(new Problem(line.number(), ListingText.quote(line.text()) + " is not a valid date"));
            }
            read.add(new Line(line.number(), line.text(), line.blanksBefore(), true, date));
        }
        return read;
    }

    private static List<Draft> undated(List<Line> lines) {
        List<Draft> drafts = new ArrayList<>();
        Line title = null;
        List<Line> paragraphs = new ArrayList<>();
        for (Line line : lines) {
            if (title == null || line.blanksBefore() >= 2) {
                if (title != null) {
                    drafts.add(new Draft(title, null, paragraphs));
                }
                title = line;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(line);
            }
        }
        drafts.add(new Draft(title, null, paragraphs));
        return drafts;
    }

    private static List<Draft> datesFirst(List<Line> lines, List<Problem> problems) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isDate()) {
                continue;
            }
            Line date = lines.get(i);
            if (i + 1 == lines.size() || lines.get(i + 1).isDate()) {
                problems.add(new Problem(date.number(), "the date " + ListingText.quote(date.text()) + " has no story after it"));
                continue;
            }
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).isDate()) {
                end++;
            }
            drafts.add(new Draft(lines.get(i + 1), lines.get(i).date(), lines.subList(i + 2, end)));
            i = end - 1;
        }
        return drafts;
    }

    private static List<Draft> titlesFirst(List<Line> lines, List<Problem> problems) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isDate()) {
                continue;
            }
            if (i == 0 || lines.get(i - 1).isDate()) {
                Line date = lines.get(i);
                problems.add(new Problem(date.number(), "the date " + ListingText.quote(date.text()) + " has no title before it"));
            } else {
                starts.add(i - 1);
            }
        }
        if (!starts.isEmpty() && starts.get(0) > 0) {
            Line stray = lines.get(0);
            problems.add(new Problem(stray.number(), "the story " + ListingText.quote(stray.text())
                    + " has no date, but the stories after it have one"));
        }
        List<Draft> drafts = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int title = starts.get(s);
            int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            List<Line> paragraphs = new ArrayList<>();
            for (int i = title + 2; i < end; i++) {
                if (!lines.get(i).isDate()) {
                    paragraphs.add(lines.get(i));
                }
            }
            drafts.add(new Draft(lines.get(title), lines.get(title + 1).date(), paragraphs));
        }
        return drafts;
    }

    private static void readStories(List<Draft> drafts, List<Problem> problems, List<ListingItem> items) {
        for (Draft draft : drafts) {
            String title = ListingText.plain(draft.title().text());
            checkTitle(draft.title(), title, problems);
            List<String> paragraphs = new ArrayList<>();
            for (Line line : draft.paragraphs()) {
                String paragraph = ListingText.plain(line.text());
                if (!paragraph.isEmpty() && !ListingText.isLinkOnly(line.text()) && !ListingText.isCallToAction(paragraph)) {
                    paragraphs.add(paragraph);
                }
            }
            if (paragraphs.isEmpty()) {
                problems.add(new Problem(draft.title().number(), "the story " + ListingText.quote(title) + " has no text"));
                continue;
            }
            String dateline = takeDateline(paragraphs);
            items.add(new ListingItem(draft.title().number(), title, draft.date(), dateline, paragraphs, null));
        }
    }

    private static void checkTitle(Line line, String title, List<Problem> problems) {
        if (title.length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem(line.number(), "the title " + ListingText.quote(title) + " is " + title.length()
                    + " characters long, at most " + MAX_TITLE_LENGTH + " are allowed"));
        }
    }

    /**
     * Removes the dateline from the first paragraph and returns its place. A short kicker without
     * end punctuation ("Joint IOM/UNHCR Press Release") may stand before the datelined paragraph; it
     * stays a paragraph, and the dateline is taken from the one after it.
     */
    private static String takeDateline(List<String> paragraphs) {
        Datelines.Split first = Datelines.split(paragraphs.get(0));
        if (first.place() != null) {
            paragraphs.set(0, first.rest());
            return first.place();
        }
        if (paragraphs.size() > 1 && isKicker(paragraphs.get(0))) {
            Datelines.Split second = Datelines.split(paragraphs.get(1));
            if (second.place() != null) {
                paragraphs.set(1, second.rest());
                return second.place();
            }
        }
        return null;
    }

    private static boolean isKicker(String paragraph) {
        return paragraph.length() <= MAX_KICKER_LENGTH && paragraph.split(" ").length <= MAX_KICKER_WORDS
                && !endsLikeASentence(paragraph);
    }

    /** Ends with a punctuation mark, perhaps followed by one closing quote or parenthesis. */
    private static boolean endsLikeASentence(String text) {
        int last = text.length() - 1;
        if (last > 0 && CLOSING.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && SENTENCE_PUNCTUATION.indexOf(text.charAt(last)) >= 0;
    }
}
