package org.dateline.workflow.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A story in the review queue: what an editor needs to pick it, and the version they saw, to act on it. */
public record ReviewLine(long storyId, int version, String title, String author, Instant waitingSince, List<String> topics,
                         String language) implements Serializable {

    public ReviewLine {
        topics = List.copyOf(topics);
    }
}
