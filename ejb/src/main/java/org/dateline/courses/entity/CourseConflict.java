package org.dateline.courses.entity;

import jakarta.ejb.ApplicationException;

/** Someone changed the course since the caller loaded it. Nothing was changed. */
@ApplicationException(rollback = true)
public class CourseConflict extends RuntimeException {

    private final int currentVersion;

    public CourseConflict(Long id, int expected, int current, String changedBy) {
        super("The course was changed by " + changedBy + " while you were working on it (you had version "
                + expected + ", it is now at version " + current + "). Nothing was changed.");
        this.currentVersion = current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
