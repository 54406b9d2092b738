package org.dateline.newsletters.entity;

/** How many addresses of one language an office's list has, confirmed and waiting for confirmation. */
public record SubscriberCount(String language, long confirmed, long pending) {
}
