package org.dateline.workflow.entity;

/** Where a story's working revision stands in its origin office. */
public enum EditorialState {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED
}
