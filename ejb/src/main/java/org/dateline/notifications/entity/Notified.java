package org.dateline.notifications.entity;

import java.time.Instant;
import java.util.List;

/** The people just told of one change (a CDI event, delivered by mail once the change committed). */
public record Notified(String office, List<String> people, long storyId, String storyTitle, NotificationKind kind,
                       String actor, Instant at, String detail) {

    public Notified {
        people = List.copyOf(people);
    }
}
