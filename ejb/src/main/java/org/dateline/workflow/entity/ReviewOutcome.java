package org.dateline.workflow.entity;

import java.io.Serializable;

/**
 * What became of one story of a bulk action: done, or refused and why ({@link Refusal}, with the
 * state the story was found in, who changed it, or the boundary's own words in {@code detail}), so
 * that the page can say it in the editor's language.
 */
public record ReviewOutcome(long storyId, Refusal refusal, EditorialState state, String changedBy, String detail)
        implements Serializable {

    /** Why a story of a bulk action was left as it was. */
    public enum Refusal {
        /** The state machine does not allow it from the state the story is in now. */
        NOT_IN_STATE,
        /** Someone changed the story since the editor's page showed it. */
        CHANGED_SINCE,
        NOT_ALLOWED,
        NOT_FOUND,
        INVALID,
        /** Anything else (the server's own failure), in {@code detail}. */
        FAILED
    }

    public static ReviewOutcome done(long storyId, EditorialState state) {
        return new ReviewOutcome(storyId, null, state, null, null);
    }

    public boolean isDone() {
        return refusal == null;
    }
}
