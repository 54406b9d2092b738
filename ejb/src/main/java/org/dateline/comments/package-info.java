/**
 * The editorial conversation about a story: its comment thread. Anyone with a role in the story's
 * office may read it and write in it; a request for changes is written into it by the workflow in
 * the same transaction as the transition, so the thread says why a story came back. Comments are
 * never edited or removed: the thread is a record, like the audit trail.
 */
package org.dateline.comments;
