package org.dateline.crossposting.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The cross-post cannot take this action where it stands, or the request makes no sense. Nothing was
 * changed. The message says why in English, for the API and the server's log; {@link #reason()} and
 * {@link #details()} let a page say it in the person's own language.
 */
@ApplicationException(rollback = true)
public class IllegalCrossPost extends RuntimeException {

    /** Why an action was refused. Each says which {@link #details()} it comes with, in order. */
    public enum Reason {
        /** The cross-post's id: there is none the caller may see. */
        NO_SUCH_CROSS_POST,
        /** No details: no office was chosen. */
        NO_TARGETS,
        /** The office's name: the story is its own. */
        OWN_OFFICE,
        /** The origin's and the target's names. */
        OTHER_REGION,
        /** The origin's name: only a published story can be asked for. */
        NOT_PUBLISHED,
        /** The {@link CrossPostState} the cross-post is in and the target's slug: it is requested, approved or live already. */
        ALREADY,
        /** The {@link CrossPostAction}, the {@link CrossPostState} it is in and the target's slug. */
        NOT_NOW,
        /** The release time as the target's local time (yyyy-MM-dd HH:mm) and the target's zone. */
        RELEASE_PASSED,
        /** No details: the origin's story is not live, so its copy cannot be. */
        ORIGIN_NOT_LIVE,
        /** No details: a decline says why. */
        NOTE_REQUIRED
    }

    private final Reason reason;
    private final Object[] details;

    public IllegalCrossPost(Reason reason, String message, Object... details) {
        super(message);
        this.reason = reason;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** What the reason is about, in the order {@link Reason} gives. */
    public List<Object> details() {
        return List.of(details);
    }
}
