package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

/** Someone changed the issue since the caller loaded it. Nothing was changed. */
@ApplicationException(rollback = true)
public class IssueConflict extends RuntimeException {

    private final int currentVersion;

    public IssueConflict(long id, int expected, int current, String changedBy) {
        super("The newsletter issue was changed by " + changedBy + " while you were working on it (you had version "
                + expected + ", it is now at version " + current + "). Nothing was changed.");
        this.currentVersion = current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
