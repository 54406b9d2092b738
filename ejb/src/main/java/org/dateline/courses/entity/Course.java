package org.dateline.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dateline.articles.control.Slugs;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course an office lists for its readers, with its place in the office's workflow. Its topics
 * are kept twice: by name, as written, and by slug between bars ({@code |migration-governance|}), so
 * that the reader site's topic filter is one condition on the row.
 */
@Entity
@Table(name = "course")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Course.ALL, query = "SELECT c FROM Course c ORDER BY c.updatedAt DESC, c.id DESC")
@NamedQuery(name = Course.COUNT, query = "SELECT COUNT(c) FROM Course c")
@NamedQuery(name = Course.IN_STATE, query = "SELECT c FROM Course c WHERE c.state = :state ORDER BY c.updatedAt DESC, c.id DESC")
@NamedQuery(name = Course.COUNT_IN_STATE, query = "SELECT COUNT(c) FROM Course c WHERE c.state = :state")
public class Course {

    public static final String ALL = "Course.all";
    public static final String COUNT = "Course.count";
    public static final String IN_STATE = "Course.inState";
    public static final String COUNT_IN_STATE = "Course.countInState";

    private static final String TOPIC_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String language;

    /** Names, one a line. */
    @Column(nullable = false)
    private String topics;

    /** Slugs, each between bars: {@code |a|b|}; {@code |} when there is none. */
    @Column(name = "topic_keys", nullable = false)
    private String topicKeys;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseFormat format;

    private String link;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseState state;

    @Version
    private int version;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Course() {
    }

    public Course(CourseContent content, String by, Instant at) {
        this.state = CourseState.DRAFT;
        this.createdBy = by;
        write(content.validated(), by, at);
    }

    /** Refuses unless the action may be taken in the course's state. */
    public void requireAllows(CourseAction action) {
        if (!action.startsFrom(state)) {
            throw new IllegalCourseTransition(state, action);
        }
    }

    /** Refuses unless the caller saw the course's current version. */
    public void requireVersion(int expected) {
        if (expected != version) {
            throw new CourseConflict(id, expected, version, updatedBy);
        }
    }

    public void revise(CourseContent content, String by, Instant at) {
        requireAllows(CourseAction.revisionIn(state));
        write(content.validated(), by, at);
    }

    public void take(CourseAction action, String by, Instant at) {
        requireAllows(action);
        this.state = action.leadsFrom(state);
        this.updatedBy = by;
        this.updatedAt = at;
        this.publishedAt = state == CourseState.PUBLISHED ? at : null;
    }

    private void write(CourseContent content, String by, Instant at) {
        this.title = content.title();
        this.provider = content.provider();
        this.summary = content.summary();
        this.language = content.language();
        this.topics = String.join(TOPIC_SEPARATOR, content.topics());
        this.topicKeys = "|" + String.join("|", topicsBySlug(content.topics()).keySet()) + (content.topics().isEmpty() ? "" : "|");
        this.format = content.format();
        this.link = content.link();
        this.startsOn = content.startsOn();
        this.endsOn = content.endsOn();
        this.certificate = content.certificate();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Topic names by slug, in the given order. */
    public static Map<String, String> topicsBySlug(List<String> names) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        names.forEach(name -> bySlug.putIfAbsent(Slugs.of(name), name));
        return bySlug;
    }

    /** How a topic's slug appears in {@code topicKeys}, for a LIKE condition. */
    public static String topicKey(String slug) {
        return "%|" + slug + "|%";
    }

    public CourseContent content() {
        return new CourseContent(title, provider, summary, language, topics(), format, link, startsOn, endsOn, certificate);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String provider() {
        return provider;
    }

    public String summary() {
        return summary;
    }

    public String language() {
        return language;
    }

    public List<String> topics() {
        return topics.isEmpty() ? List.of() : Arrays.asList(topics.split(TOPIC_SEPARATOR));
    }

    public CourseFormat format() {
        return format;
    }

    public String link() {
        return link;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean selfPaced() {
        return startsOn == null && endsOn == null;
    }

    public boolean certificate() {
        return certificate;
    }

    public boolean isPast(LocalDate today) {
        return endsOn != null && endsOn.isBefore(today);
    }

    public CourseState state() {
        return state;
    }

    public int version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
