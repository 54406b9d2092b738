package org.dateline.courses.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.dateline.courses.control.CourseShelf;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseAction;
import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseFilter;
import org.dateline.courses.entity.CourseNotFound;
import org.dateline.courses.entity.CoursePeriod;
import org.dateline.courses.entity.CourseState;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An office's courses: authors and editors draft them and submit them for review, editors publish,
 * unpublish and import them; readers see the published ones. Every write checks the caller's role
 * in the office, the course's state and the version the caller saw, before anything is changed,
 * and is audited in the same transaction ({@link CourseShelf}).
 */
@Stateless
public class Courses {

    /** The most courses a reader's list shows: an office lists tens, not thousands. */
    public static final int MAX_PUBLISHED = 500;

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    CourseShelf shelf;

    Clock clock = Clock.systemUTC();

    public Course create(String office, CourseContent content) {
        Caller caller = callers.current();
        caller.require(office, CourseAction.CREATE.roles(), CourseAction.CREATE.description());
        Instant now = clock.instant();
        Course course = new Course(content, caller.name(), now);
        EntityManager em = tenancy.of(office);
        em.persist(course);
        em.flush();
        shelf.recorded(office, caller.name(), now, CourseAction.CREATE, null, course);
        return course;
    }

    /**
     * Replaces the course's content: a draft by its office's authors and editors, a course in review
     * or published by editors (a published one changes on the site at once).
     */
    public Course revise(String office, long id, int version, CourseContent content) {
        Caller caller = callers.current();
        EntityManager em = tenancy.of(office);
        Course course = find(em, office, id);
        CourseAction action = CourseAction.revisionIn(course.state());
        caller.require(office, action.roles(), action.description());
        course.requireVersion(version);
        Instant now = clock.instant();
        course.revise(content, caller.name(), now);
        em.flush();
        shelf.recorded(office, caller.name(), now, action, course.state(), course);
        return course;
    }

    public Course submitForReview(String office, long id, int version) {
        return transition(office, id, version, CourseAction.SUBMIT);
    }

    public Course withdraw(String office, long id, int version) {
        return transition(office, id, version, CourseAction.WITHDRAW);
    }

    public Course publish(String office, long id, int version) {
        return transition(office, id, version, CourseAction.PUBLISH);
    }

    /** Takes a published course off the site, back to a draft. */
    public Course unpublish(String office, long id, int version) {
        return transition(office, id, version, CourseAction.UNPUBLISH);
    }

    /** Creates a course that is published at once, as an import of an office's past listing does (editors only). */
    public Course importPublished(String office, CourseContent content) {
        Caller caller = callers.current();
        caller.require(office, CourseAction.IMPORT.roles(), CourseAction.IMPORT.description());
        return shelf.importPublished(office, content, caller.name(), clock.instant());
    }

    /** One course, for anyone with a role in its office. */
    public Course course(String office, long id) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read courses");
        return find(tenancy.of(office), office, id);
    }

    /** The office's courses (in one state, or all when {@code state} is null), last changed first, a page at a time. */
    public List<Course> courses(String office, CourseState state, int first, int max) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read courses");
        EntityManager em = tenancy.of(office);
        TypedQuery<Course> query = state == null ? em.createNamedQuery(Course.ALL, Course.class)
                : em.createNamedQuery(Course.IN_STATE, Course.class).setParameter("state", state);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /** How many courses {@link #courses} pages through. */
    public long count(String office, CourseState state) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read courses");
        EntityManager em = tenancy.of(office);
        return state == null ? em.createNamedQuery(Course.COUNT, Long.class).getSingleResult()
                : em.createNamedQuery(Course.COUNT_IN_STATE, Long.class).setParameter("state", state).getSingleResult();
    }

    /**
     * The office's published courses as a reader narrowed them: current ones (self-paced ones, those
     * still to start and those running, as of today in the office's zone) soonest first and the
     * self-paced after them by title, or past ones, the latest ended first.
     */
    public List<Course> published(String office, CourseFilter filter) {
        EntityManager em = tenancy.of(office);
        LocalDate today = LocalDate.now(clock.withZone(em.find(Office.class, office).zone()));
        StringBuilder jpql = new StringBuilder("SELECT c FROM Course c WHERE c.state = :state");
        jpql.append(filter.period() == CoursePeriod.PAST ? " AND c.endsOn < :today" : " AND (c.endsOn IS NULL OR c.endsOn >= :today)");
        if (filter.topic() != null) {
            jpql.append(" AND c.topicKeys LIKE :topic");
        }
        if (filter.language() != null) {
            jpql.append(" AND c.language = :language");
        }
        if (filter.format() != null) {
            jpql.append(" AND c.format = :format");
        }
        TypedQuery<Course> query = em.createQuery(jpql.toString(), Course.class)
                .setParameter("state", CourseState.PUBLISHED).setParameter("today", today);
        if (filter.topic() != null) {
            query.setParameter("topic", Course.topicKey(filter.topic()));
        }
        if (filter.language() != null) {
            query.setParameter("language", filter.language());
        }
        if (filter.format() != null) {
            query.setParameter("format", filter.format());
        }
        Comparator<Course> order = filter.period() == CoursePeriod.PAST
                ? Comparator.comparing(Course::endsOn, Comparator.reverseOrder())
                : Comparator.comparing(Course::startsOn, Comparator.nullsLast(Comparator.naturalOrder()));
        return query.setMaxResults(MAX_PUBLISHED).getResultList().stream()
                .sorted(order.thenComparing(Course::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Course::id)).toList();
    }

    /** A published course of the office, or none. */
    public Optional<Course> publishedCourse(String office, long id) {
        Course course = tenancy.of(office).find(Course.class, id);
        return course != null && course.state() == CourseState.PUBLISHED ? Optional.of(course) : Optional.empty();
    }

    /** The topics of the office's published courses, slug to name, by name: what a reader may narrow the list to. */
    public Map<String, String> publishedTopics(String office) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tenancy.of(office).createNamedQuery(Course.IN_STATE, Course.class).setParameter("state", CourseState.PUBLISHED)
                .setMaxResults(MAX_PUBLISHED).getResultStream()
                .forEach(c -> Course.topicsBySlug(c.topics()).forEach((slug, name) -> byName.putIfAbsent(name, slug)));
        Map<String, String> bySlug = new java.util.LinkedHashMap<>();
        byName.forEach((name, slug) -> bySlug.putIfAbsent(slug, name));
        return bySlug;
    }

    private Course transition(String office, long id, int version, CourseAction action) {
        Caller caller = callers.current();
        caller.require(office, action.roles(), action.description());
        EntityManager em = tenancy.of(office);
        Course course = find(em, office, id);
        course.requireAllows(action);
        course.requireVersion(version);
        CourseState from = course.state();
        Instant now = clock.instant();
        course.take(action, caller.name(), now);
        em.flush();
        shelf.recorded(office, caller.name(), now, action, from, course);
        return course;
    }

    private static Course find(EntityManager em, String office, long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new CourseNotFound(office, id);
        }
        return course;
    }
}
