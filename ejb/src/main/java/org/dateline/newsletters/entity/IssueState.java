package org.dateline.newsletters.entity;

/** Where a newsletter issue stands in its office's workflow. */
public enum IssueState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}
