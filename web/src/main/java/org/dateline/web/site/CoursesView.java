package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.courses.boundary.Courses;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseFilter;
import org.dateline.courses.entity.CourseFormat;
import org.dateline.courses.entity.CoursePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An office's courses for its readers: the current ones (self-paced, running or still to start, as
 * of today in the office's zone) or the past ones, narrowed by topic, language and format. Each
 * filter is a plain link carrying the whole filter in its query, so the page needs no form, no
 * session, and every filtered list is a page of its own in the cache ({@link PageKey#courses}).
 */
@Named("coursesPage")
@RequestScoped
public class CoursesView extends SitePage {

    /**
     * One choice of a filter: its words (a key of the site's words, or the label itself for a
     * topic), the link to the list with it chosen, and whether it is the one shown.
     */
    public record Choice(String word, String label, String link, boolean current) {
    }

    @EJB
    Courses courses;

    private CourseFilter filter = CourseFilter.CURRENT;
    private List<Course> shown = List.of();
    private Map<String, String> topics = Map.of();

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        filter = CourseFilter.of(parameter("topic"), parameter("language"), parameter("format"), parameter("when"));
        shown = courses.published(office.slug(), filter);
        topics = courses.publishedTopics(office.slug());
    }

    public List<Course> getCourses() {
        return shown;
    }

    public CourseFilter getFilter() {
        return filter;
    }

    public boolean isPast() {
        return filter.period() == CoursePeriod.PAST;
    }

    /** Whether the reader narrowed the list beyond current or past. */
    public boolean isNarrowed() {
        return filter.topic() != null || filter.language() != null || filter.format() != null;
    }

    public String getPath() {
        return "courses/";
    }

    public String getWidenLink() {
        return link(new CourseFilter(null, null, null, filter.period()));
    }

    public List<Choice> getPeriods() {
        List<Choice> choices = new ArrayList<>();
        for (CoursePeriod period : CoursePeriod.values()) {
            choices.add(new Choice("courses.period." + period.name(), null, link(filter.withPeriod(period)), filter.period() == period));
        }
        return choices;
    }

    public List<Choice> getFormats() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("courses.any", null, link(filter.withFormat(null)), filter.format() == null));
        for (CourseFormat format : CourseFormat.values()) {
            choices.add(new Choice("courses.format." + format.name(), null, link(filter.withFormat(format)), filter.format() == format));
        }
        return choices;
    }

    public List<Choice> getLanguages() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("courses.any", null, link(filter.withLanguage(null)), filter.language() == null));
        for (String tag : List.of("en", "es")) {
            choices.add(new Choice("courses.language." + tag, null, link(filter.withLanguage(tag)), tag.equals(filter.language())));
        }
        return choices;
    }

    public List<Choice> getTopics() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("courses.any", null, link(filter.withTopic(null)), filter.topic() == null));
        topics.forEach((slug, name) -> choices.add(new Choice(null, name, link(filter.withTopic(slug)), slug.equals(filter.topic()))));
        return choices;
    }

    /** The course's dates as the office writes them, in the page's language; null for a self-paced course. */
    public String dates(Course course) {
        if (course.selfPaced()) {
            return null;
        }
        String from = office.formatDate(course.startsOn(), office.mainLanguage());
        return course.endsOn() == null ? from : from + " – " + office.formatDate(course.endsOn(), office.mainLanguage());
    }

    /** A date in ISO form, for a {@code <time>} element. */
    public String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public String formatWord(Course course) {
        return "courses.format." + course.format().name();
    }

    public String languageWord(Course course) {
        return "courses.language." + course.language().toLowerCase(Locale.ROOT);
    }

    public String topicLinkOf(String name) {
        return link(new CourseFilter(org.dateline.articles.control.Slugs.of(name), filter.language(), filter.format(), filter.period()));
    }

    private String link(CourseFilter chosen) {
        return getSiteRoot() + "courses/" + chosen.query();
    }
}
