package org.dateline.newsletters.entity;

import java.time.Instant;

/**
 * How the sending of an issue stands: how many recipients it has, how many were sent the issue,
 * how many failed for good, how many are left (waiting, being tried again, or being handed over).
 */
public record MailingProgress(long mailingId, long issueId, MailingState state, int recipients, long sent, long failed,
                              long left, long retrying, String startedBy, Instant startedAt, Instant finishedAt) {

    /** Sent and failed out of all, in percent (100 for a mailing without recipients). */
    public int percentDone() {
        return recipients == 0 ? 100 : (int) Math.min(100, (sent + failed) * 100 / recipients);
    }
}
