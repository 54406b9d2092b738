package org.dateline.crossposting.entity;

/** Where a cross-post of one story to one other office's site stands. */
public enum CrossPostState {
    /** Asked for; a regional editor of a region that holds both offices has not decided yet. */
    REQUESTED,
    /** Approved; it goes live once the origin's story is live and its release time has come. */
    APPROVED,
    /** Shown on the target office's site. */
    LIVE,
    DECLINED,
    /** Taken off the target's site (by a person, or because the origin took its story off). */
    WITHDRAWN
}
