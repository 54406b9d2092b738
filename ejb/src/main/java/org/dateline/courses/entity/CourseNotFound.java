package org.dateline.courses.entity;

import jakarta.ejb.ApplicationException;

/** No such course in the office (or it belongs to another office, which is the same to the caller). */
@ApplicationException(rollback = true)
public class CourseNotFound extends RuntimeException {

    public CourseNotFound(String office, long id) {
        super("There is no course " + id + " in office '" + office + "'.");
    }
}
