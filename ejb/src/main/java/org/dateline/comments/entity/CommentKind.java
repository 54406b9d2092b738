package org.dateline.comments.entity;

/** Why a comment is in a story's thread. */
public enum CommentKind {
    /** Someone in the office wrote it. */
    COMMENT,
    /** An editor sent the story back to its author with it ({@code EditorialAction.REQUEST_CHANGES}). */
    CHANGES_REQUESTED
}
