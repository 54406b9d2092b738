package org.dateline.newsletters.entity;

/**
 * One recipient of a mailing: waiting (perhaps to be tried again), being handed to the mail
 * server, sent, or failed after every attempt.
 */
public enum DeliveryState {
    PENDING, SENDING, SENT, FAILED
}
