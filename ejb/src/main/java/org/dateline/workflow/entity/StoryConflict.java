package org.dateline.workflow.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the story since the caller loaded it. When the caller was saving text,
 * that text is not lost: it was kept as a revision of its own ({@link #keptAsRevision()}), which
 * is why this refusal does not roll the transaction back.
 */
@ApplicationException(rollback = false)
public class StoryConflict extends RuntimeException {

    private final long storyId;
    private final int currentVersion;
    private final Integer keptAsRevision;
    private final String changedBy;

    public StoryConflict(long storyId, int expectedVersion, int currentVersion, String changedBy, Integer keptAsRevision) {
        super("The story was changed by " + changedBy + " while you were working on it (you had version "
                + expectedVersion + ", it is now at version " + currentVersion + ")."
                + (keptAsRevision == null ? " Nothing was changed." : " Your text was kept as revision " + keptAsRevision + "."));
        this.storyId = storyId;
        this.currentVersion = currentVersion;
        this.keptAsRevision = keptAsRevision;
        this.changedBy = changedBy;
    }

    /** Who last changed the story. */
    public String changedBy() {
        return changedBy;
    }

    public long storyId() {
        return storyId;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Integer keptAsRevision() {
        return keptAsRevision;
    }
}
