package org.dateline.importing.control;

import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseFormat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a listing's courses from its stories, by what the item says of itself: its title or text
 * calls it a course ("offer specialized virtual courses", "This course is designed for…"; Spanish
 * "curso"), not a story that mentions a training it reported on ("completed its training workshop").
 * What the listing says of a course becomes its details: the organisations it names with their
 * acronym as its provider (when it names none, the organisation the listing names most), online when it says
 * virtual or online (in person or blended only when it says so; an e-learning listing's courses are
 * online otherwise), a certificate when it speaks of one, and self-paced, since listings give no
 * course dates.
 * <p>
 * Every pattern here reads a line in time linear in its length, as the parser's do.
 */
public final class CourseItems {

    /** "course", "courses", "curso", "cursos", but not "of course" / "in the course of". */
    private static final Pattern COURSE = Pattern.compile("(?<!\\bof )(?<!\\bthe )\\b(?:courses?|cursos?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Inter-American Development Bank (IADB)": the acronym of a named organisation. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:(?:[A-Z][\\p{L}-]*|for|of|on|and|the|de|del|la|para)\\s){1,8}\\(([A-Z]{2,8})\\)");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "\\b(?:Organi[sz]ation|Bank|Agency|Office|Fund|Programme|Program|Commission|Institute|University|Council|Ministry)\\b");
    private static final Pattern IN_PERSON = Pattern.compile("\\b(?:in[- ]person|face[- ]to[- ]face|presencial(?:es)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLENDED = Pattern.compile("\\b(?:blended|hybrid|h[ií]brid[oa]s?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CERTIFICATE = Pattern.compile("\\b(?:certificates?|certificados?|certified)\\b",
            Pattern.CASE_INSENSITIVE);

    private CourseItems() {
    }

    /** Whether the item is a course rather than a story. */
    public static boolean isCourse(ListingItem item) {
        if (item.section() != null) {
            return false;
        }
        return COURSE.matcher(item.title()).find() || item.paragraphs().stream().anyMatch(p -> COURSE.matcher(p).find());
    }

    /**
     * The course the item describes, or none when it is a story.
     *
     * @param language      the office's main language, the course's
     * @param ownProvider   who provides a course whose text names no organisation ({@link #mostNamed})
     */
    public static Optional<CourseContent> course(ListingItem item, String language, String ownProvider) {
        if (!isCourse(item)) {
            return Optional.empty();
        }
        String text = item.title() + " " + String.join(" ", item.paragraphs());
        String summary = String.join("\n\n", item.paragraphs());
        return Optional.of(new CourseContent(item.title(), provider(text).orElse(ownProvider), summary, language, List.of(),
                format(text), null, null, null, CERTIFICATE.matcher(text).find()));
    }

    /** The organisation the listing's items name most often, by its acronym ("IOM"), if they name any. */
    public static Optional<String> mostNamed(List<ListingItem> items) {
        java.util.Map<String, Integer> times = new java.util.LinkedHashMap<>();
        for (ListingItem item : items) {
            organisations(item.title() + " " + String.join(" ", item.paragraphs())).forEach(o -> times.merge(o, 1, Integer::sum));
        }
        return times.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }

    /** The acronyms of the organisations the text names, in order: "IADB and IOM". */
    static Optional<String> provider(String text) {
        Set<String> named = organisations(text);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(named);
        String last = names.remove(names.size() - 1);
        return Optional.of(names.isEmpty() ? last : String.join(", ", names) + " and " + last);
    }

    private static Set<String> organisations(String text) {
        Set<String> named = new LinkedHashSet<>();
        Matcher organisation = ORGANISATION.matcher(text);
        while (organisation.find()) {
            if (ORGANISATION_WORDS.matcher(organisation.group()).find()) {
                named.add(organisation.group(1));
            }
        }
        return named;
    }

    static CourseFormat format(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (BLENDED.matcher(lower).find()) {
            return CourseFormat.BLENDED;
        }
        if (IN_PERSON.matcher(lower).find()) {
            return CourseFormat.IN_PERSON;
        }
        return CourseFormat.ONLINE;
    }
}
