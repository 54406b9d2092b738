package org.dateline.web.studio.courses;

import org.dateline.courses.entity.Course;

import java.io.Serializable;
import java.time.Instant;

/** A course as its row in the studio's list shows it; kept by the view, so serializable. */
public record CourseLine(long id, String title, String provider, String format, String language, String state,
                         String updatedBy, Instant updatedAt) implements Serializable {

    static CourseLine of(Course course) {
        return new CourseLine(course.id(), course.title(), course.provider(), course.format().name(), course.language(),
                course.state().name(), course.updatedBy(), course.updatedAt());
    }
}
