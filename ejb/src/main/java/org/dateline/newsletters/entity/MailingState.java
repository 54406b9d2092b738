package org.dateline.newsletters.entity;

/** A mailing is sending until every recipient has been sent the issue or has failed for good. */
public enum MailingState {
    SENDING, DONE
}
