/**
 * The editorial workflow of a story in its origin office:
 * {@code DRAFT → IN_REVIEW → (CHANGES_REQUESTED | SCHEDULED | PUBLISHED) → UNPUBLISHED → ARCHIVED}.
 * {@link org.dateline.workflow.entity.EditorialAction} is the whole state machine: which states
 * each action leaves from, where it goes, and which roles may take it. The
 * {@link org.dateline.workflow.boundary.Editorial} boundary is the one place that applies it:
 * each transition checks the caller's role in the office, the current state and the version the
 * caller saw, writes an audit event, and commits whole or not at all. Scheduled publications are
 * persistent EJB timers, so one missed while the server was down fires when it is back.
 */
package org.dateline.workflow;
