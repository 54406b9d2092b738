package org.dateline.importing.control;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A listing in the newsletter layout: an office's past monthly newsletter as copied from its web
 * page ("May 2020", the issue's title, then headed sections of one-paragraph items; the key
 * resources; a media contact). Read as one issue, never as stories.
 * <ul>
 * <li>A heading is a short line without links or end punctuation ("ASSISTING DISPLACED POPULATIONS").</li>
 * <li>Each paragraph under a heading is one item; a link at its end that only points elsewhere
 * ("[Read more](#)", "[Watch here](#)") is its "Read more" link, whatever address it had.</li>
 * <li>Under the heading "Key resources", each paragraph is a resource: its leading link is the
 * resource's name, the rest says what it offers.</li>
 * <li>Under "Media requests" (or "Contact"), the paragraphs are the contact block.</li>
 * <li>A heading with nothing after it but the end of the listing ("Receive more updates") is the
 * page's sign-up prompt and gives nothing.</li>
 * </ul>
 *
 * @param month    the month the issue covers
 * @param title    the issue's title, the line after the month
 * @param intro    the paragraphs between the title and the first heading, or null
 * @param sections the headed sections in their order (a heading without items is kept: the
 *                 newsletter had it, perhaps over a picture the listing could not carry)
 * @param resources the key resources in their order
 * @param contact  the contact block, or null
 */
public record NewsletterListing(YearMonth month, String title, String intro, List<Section> sections,
                                List<Resource> resources, String contact) {

    /** One headed section of the listing. */
    public record Section(String heading, List<Item> items) {
    }

    /**
     * One item: its plain text, the line it was on, and its "Read more" link: whether it had one,
     * and its address when that is a real https address (the listings often carry "#").
     */
    public record Item(int line, String text, boolean readMore, String readMoreUrl) {
    }

    /** A key resource: its name, what it offers, and its https address when the listing has one. */
    public record Resource(String label, String text, String url) {
    }

    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM uuuu").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ES = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM 'de' uuuu").toFormatter(Locale.forLanguageTag("es"));
    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_HEADING_LENGTH = 80;

    public NewsletterListing {
        sections = List.copyOf(sections);
        resources = List.copyOf(resources);
    }

    /** Whether the listing is in the newsletter layout: its first non-blank line names a month and nothing else. */
    public static boolean isNewsletter(String text) {
        return text != null && text.lines().map(ListingText::normalize).filter(l -> !l.isEmpty()).findFirst()
                .map(NewsletterListing::month).isPresent();
    }

    /**
     * Reads the listing whole; refuses it with every problem found (by line) so that nothing of a
     * malformed listing is imported. The listing's size is checked as the story layouts' is.
     */
    public static NewsletterListing parse(String text) throws MalformedListingException {
        String listing = text == null ? "" : text;
        List<String> tooLarge = ListingParser.overLimits(listing);
        if (!tooLarge.isEmpty()) {
            throw new MalformedListingException(tooLarge);
        }
        List<String> problems = new ArrayList<>();
        String[] lines = listing.split("\\r\\n|\\r|\\n", -1);
        int i = next(lines, 0);
        YearMonth month = i < lines.length ? month(ListingText.normalize(lines[i])) : null;
        if (month == null) {
            throw new MalformedListingException(List.of("line " + (i + 1) + ": a newsletter listing starts with its month, such as 'May 2020'"));
        }
        int monthLine = i + 1;
        i = next(lines, i + 1);
        if (i >= lines.length) {
            throw new MalformedListingException(List.of("line " + monthLine + ": the newsletter has no title after its month"));
        }
        String title = ListingText.plain(lines[i]);
        if (title.isEmpty() || title.length() > 300) {
            problems.add("line " + (i + 1) + ": the newsletter's title must be 1 to 300 characters long");
        }
        List<String> intro = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        List<String> contact = new ArrayList<>();
        String heading = null;
        List<Item> items = null;
        Kind kind = Kind.INTRO;
        for (i = next(lines, i + 1); i < lines.length; i = next(lines, i + 1)) {
            String line = ListingText.normalize(lines[i]);
            String plain = ListingText.plain(line);
            if (isHeading(line)) {
                if (next(lines, i + 1) >= lines.length) {
                    break;
                }
                if (items != null) {
                    sections.add(new Section(heading, List.copyOf(items)));
                    items = null;
                }
                heading = ListingText.titleCase(plain, false);
                kind = Kind.of(plain);
                if (kind == Kind.SECTION) {
                    items = new ArrayList<>();
                }
                continue;
            }
            if (plain.isEmpty() || (kind != Kind.RESOURCES && ListingText.isLinkOnly(line) && ListingText.isCallToAction(plain))) {
                continue;
            }
            switch (kind) {
                case INTRO -> {
                    if (!ListingText.isLinkOnly(line)) {
                        intro.add(plain);
                    }
                }
                case SECTION -> items.add(item(i + 1, line, plain));
                case RESOURCES -> resources.add(resource(line, plain));
                case CONTACT -> contact.add(plain);
            }
        }
        if (items != null) {
            sections.add(new Section(heading, List.copyOf(items)));
        }
        if (sections.isEmpty()) {
            problems.add("line " + lines.length + ": the newsletter has no section with a heading");
        }
        if (!problems.isEmpty()) {
            throw new MalformedListingException(problems);
        }
        return new NewsletterListing(month, title, intro.isEmpty() ? null : String.join("\n\n", intro), sections, resources,
                contact.isEmpty() ? null : String.join("\n\n", contact));
    }

    /** The items of every section, in the listing's order. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    private enum Kind {
        INTRO, SECTION, RESOURCES, CONTACT;

        static Kind of(String heading) {
            String h = heading.toLowerCase(Locale.ROOT);
            if (h.equals("key resources") || h.equals("resources") || h.equals("recursos clave") || h.equals("recursos")) {
                return RESOURCES;
            }
            if (h.equals("media requests") || h.equals("media contact") || h.equals("contact") || h.equals("contacto")
                    || h.equals("prensa")) {
                return CONTACT;
            }
            return SECTION;
        }
    }

    private static Item item(int line, String raw, String plain) {
        Matcher link = ListingText.LINK.matcher(raw);
        String lastText = null;
        String lastAddress = null;
        int lastEnd = -1;
        while (link.find()) {
            lastText = link.group(1);
            lastAddress = link.group(2);
            lastEnd = link.end();
        }
        boolean trailing = lastText != null && raw.substring(lastEnd).replaceAll("[.!\\s]", "").isEmpty()
                && ListingText.isCallToAction(lastText);
        return new Item(line, plain, trailing, trailing ? https(lastAddress) : null);
    }

    private static Resource resource(String raw, String plain) {
        Matcher link = ListingText.LINK.matcher(raw);
        if (link.find() && link.start() == 0) {
            String label = ListingText.normalize(link.group(1));
            String rest = plain.substring(Math.min(plain.length(), label.length())).strip();
            return new Resource(label, rest.isEmpty() ? null : rest, https(link.group(2)));
        }
        return new Resource(plain, null, null);
    }

    private static String https(String address) {
        return address != null && address.startsWith("https://") && address.length() > "https://".length() ? address : null;
    }

    private static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING_LENGTH || line.split(" ").length > MAX_HEADING_WORDS || ListingText.hasLink(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?:;,…)\"”’".indexOf(last) < 0;
    }

    private static int next(String[] lines, int from) {
        int i = from;
        while (i < lines.length && ListingText.isBlank(lines[i])) {
            i++;
        }
        return i;
    }

    private static YearMonth month(String line) {
        String text = line.strip();
        for (DateTimeFormatter format : List.of(MONTH, MONTH_ES)) {
            try {
                return YearMonth.parse(text, format);
            } catch (DateTimeParseException e) {
                // not this language's way of naming a month
            }
        }
        return null;
    }
}
