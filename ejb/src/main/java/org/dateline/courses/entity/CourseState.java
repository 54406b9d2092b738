package org.dateline.courses.entity;

/** Where a course stands in its office's workflow. */
public enum CourseState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}
