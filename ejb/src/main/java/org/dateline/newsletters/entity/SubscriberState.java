package org.dateline.newsletters.entity;

/** Where an address stands on an office's list: signed up and not confirmed yet, confirmed, or gone. */
public enum SubscriberState {
    PENDING, CONFIRMED, UNSUBSCRIBED
}
