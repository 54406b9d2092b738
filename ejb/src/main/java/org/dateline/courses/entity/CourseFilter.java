package org.dateline.courses.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader narrows an office's published courses to, cleaned from what they sent: a topic's
 * slug, a language, a format, and current or past (current when not said). Anything unreadable is
 * no filter at all, so a garbage parameter asks for the page an unfiltered reader sees.
 *
 * @param topic    a topic's slug, or null
 * @param language {@code en} or {@code es}, or null
 * @param format   or null
 * @param period   never null
 */
public record CourseFilter(String topic, String language, CourseFormat format, CoursePeriod period) {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{1,100}$");

    public static final CourseFilter CURRENT = new CourseFilter(null, null, null, CoursePeriod.CURRENT);

    public CourseFilter {
        period = period == null ? CoursePeriod.CURRENT : period;
    }

    /** The filter as a reader's query parameters give it: {@code topic}, {@code language}, {@code format} ({@code in-person}), {@code when} ({@code past}). */
    public static CourseFilter of(String topic, String language, String format, String when) {
        String slug = topic == null ? null : topic.strip().toLowerCase(Locale.ROOT);
        String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        return new CourseFilter(slug != null && SLUG.matcher(slug).matches() ? slug : null,
                lang != null && CourseContent.LANGUAGES.contains(lang) ? lang : null, format(format),
                when != null && when.strip().equalsIgnoreCase("past") ? CoursePeriod.PAST : CoursePeriod.CURRENT);
    }

    /** A format as a query parameter names it ({@code online}, {@code in-person}, {@code blended}); null for anything else. */
    public static CourseFormat format(String parameter) {
        if (parameter == null) {
            return null;
        }
        String name = parameter.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CourseFormat format : CourseFormat.values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return null;
    }

    /** How a query parameter names a format. */
    public static String parameter(CourseFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public CourseFilter withTopic(String slug) {
        return new CourseFilter(slug, language, format, period);
    }

    public CourseFilter withLanguage(String tag) {
        return new CourseFilter(topic, tag, format, period);
    }

    public CourseFilter withFormat(CourseFormat chosen) {
        return new CourseFilter(topic, language, chosen, period);
    }

    public CourseFilter withPeriod(CoursePeriod chosen) {
        return new CourseFilter(topic, language, format, chosen);
    }

    /** The filter's query string in one canonical order ({@code ?topic=…&language=…}), empty when it asks for current courses only. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (topic != null) {
            query.append("&topic=").append(topic);
        }
        if (language != null) {
            query.append("&language=").append(language);
        }
        if (format != null) {
            query.append("&format=").append(parameter(format));
        }
        if (period == CoursePeriod.PAST) {
            query.append("&when=past");
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
