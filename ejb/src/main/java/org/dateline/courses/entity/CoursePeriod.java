package org.dateline.courses.entity;

/** Which of an office's published courses a reader asks for: those one can still take, or those that are over. */
public enum CoursePeriod {
    /** Not over yet: running, starting later, or self-paced. */
    CURRENT,
    /** Ended before today, in the office's zone. */
    PAST
}
