package org.dateline.courses.entity;

/** How a course is taken. */
public enum CourseFormat {
    ONLINE,
    IN_PERSON,
    BLENDED
}
