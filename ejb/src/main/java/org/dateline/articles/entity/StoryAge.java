package org.dateline.articles.entity;

import java.time.Duration;
import java.time.Instant;

/** How long ago a story last changed, as the stories list filters by it. */
public enum StoryAge {
    /** Changed in the last 24 hours. */
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    /** Not changed for more than a month. */
    OLDER(Duration.ofDays(30));

    private final Duration span;

    StoryAge(Duration span) {
        this.span = span;
    }

    /** The moment the age is measured from: changed after it (or, for {@link #OLDER}, before it). */
    public Instant boundary(Instant now) {
        return now.minus(span);
    }
}
