/**
 * The audit trail: one event per change an office's staff (or its scheduler) made, written in the
 * same transaction as the change, so that there is never a change without its event or an event
 * without its change. Events are office-owned and never updated.
 */
package org.dateline.audit;
