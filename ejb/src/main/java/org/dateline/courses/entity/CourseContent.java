package org.dateline.courses.entity;

import org.dateline.articles.control.Slugs;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an editor writes of a course: everything but its workflow. A course with neither a start
 * nor an end date is self-paced; one with dates runs from its start to its end (an end alone is
 * not a course anyone can plan for).
 */
public record CourseContent(String title, String provider, String summary, String language, List<String> topics,
                            CourseFormat format, String link, LocalDate startsOn, LocalDate endsOn, boolean certificate) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PROVIDER = 200;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_TOPIC = 80;
    public static final int MAX_TOPICS = 10;
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    public CourseContent {
        title = strip(title);
        provider = strip(provider);
        summary = strip(summary);
        language = language == null ? "" : language.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        Set<String> named = new LinkedHashSet<>();
        if (topics != null) {
            topics.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(named::add);
        }
        topics = List.copyOf(named);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public boolean selfPaced() {
        return startsOn == null && endsOn == null;
    }

    /**
     * Refuses the content unless it can be kept.
     *
     * @throws InvalidCourse with every problem found
     */
    public CourseContent validated() {
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("The course needs a title.");
        } else if (title.length() > MAX_TITLE) {
            problems.add("The title is " + title.length() + " characters long; at most " + MAX_TITLE + " fit.");
        }
        if (provider.isEmpty()) {
            problems.add("Say who provides the course.");
        } else if (provider.length() > MAX_PROVIDER) {
            problems.add("The provider is " + provider.length() + " characters long; at most " + MAX_PROVIDER + " fit.");
        }
        if (summary.isEmpty()) {
            problems.add("The course needs a summary.");
        } else if (summary.length() > MAX_SUMMARY) {
            problems.add("The summary is " + summary.length() + " characters long; at most " + MAX_SUMMARY + " fit.");
        }
        if (!LANGUAGES.contains(language)) {
            problems.add("The course's language must be English (en) or Spanish (es).");
        }
        if (topics.size() > MAX_TOPICS) {
            problems.add("The course has " + topics.size() + " topics; at most " + MAX_TOPICS + " fit.");
        }
        for (String topic : topics) {
            if (topic.length() > MAX_TOPIC) {
                problems.add("The topic \"" + topic + "\" is " + topic.length() + " characters long; at most " + MAX_TOPIC + " fit.");
            } else if (Slugs.of(topic).isEmpty()) {
                problems.add("The topic \"" + topic + "\" needs a letter or a digit.");
            }
        }
        if (format == null) {
            problems.add("Say whether the course is online, in person or blended.");
        }
        if (link != null && (link.length() > MAX_LINK || !isHttps(link))) {
            problems.add("The course's link must be an https:// address of at most " + MAX_LINK + " characters.");
        }
        if (endsOn != null && startsOn == null) {
            problems.add("The course has an end date but no start date; give both, or neither for a self-paced course.");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add("The course ends (" + endsOn + ") before it starts (" + startsOn + ").");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCourse(problems);
        }
        return this;
    }

    /** Whether the course is over on {@code today} (in its office's zone); a self-paced course never is. */
    public boolean isPast(LocalDate today) {
        return endsOn != null && endsOn.isBefore(today);
    }

    static boolean isHttps(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
