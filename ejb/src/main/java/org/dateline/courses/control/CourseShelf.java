package org.dateline.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseAction;
import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseState;
import org.dateline.placements.control.Placing;
import org.dateline.placements.entity.SiteChanged;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;

/**
 * The one way a course's state changes, inside the caller's transaction: the action is taken, the
 * audit event written, and when the office's site shows something else afterwards (a course goes
 * live, changes while live, or goes), the site's version is bumped ({@link Placing#touched}: {@link SiteChanged} follows),
 * so that cached reader pages and API answers of the office are stale once the change commits.
 * The caller has checked who may act; this checks nothing but the course's own rules.
 */
@ApplicationScoped
public class CourseShelf {

    @Inject
    Tenancy tenancy;

    @Inject
    Auditor auditor;

    @Inject
    Placing placing;

    /** A new course of the office, published at once: the import of a listing's course. */
    public Course importPublished(String office, CourseContent content, String actor, Instant now) {
        Course course = new Course(content, actor, now);
        course.take(CourseAction.IMPORT, actor, now);
        EntityManager em = tenancy.of(office);
        em.persist(course);
        em.flush();
        recorded(office, actor, now, CourseAction.IMPORT, null, course);
        return course;
    }

    /** Records what {@code action} did to {@code course} (already applied, coming from {@code from}). */
    public void recorded(String office, String actor, Instant at, CourseAction action, CourseState from, Course course) {
        auditor.record(office, null, actor, at, "COURSE_" + action.name(), from, course.state(), course.version(),
                "Course " + course.id() + ": " + course.title());
        if (from == null ? course.state() == CourseState.PUBLISHED : action.changesTheSite(from)) {
            placing.touched(office, at);
        }
    }
}
