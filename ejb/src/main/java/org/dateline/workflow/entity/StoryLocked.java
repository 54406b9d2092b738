package org.dateline.workflow.entity;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/** Someone else is editing the story now; the caller may take their editing over. Nothing was changed. */
@ApplicationException(rollback = true)
public class StoryLocked extends RuntimeException {

    private final String holder;
    private final Instant since;

    public StoryLocked(long storyId, String holder, Instant since) {
        super(holder + " is editing story " + storyId + " since " + since + "; take over their editing to change it.");
        this.holder = holder;
        this.since = since;
    }

    public String holder() {
        return holder;
    }

    public Instant since() {
        return since;
    }
}
