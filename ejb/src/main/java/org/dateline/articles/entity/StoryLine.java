package org.dateline.articles.entity;

import org.dateline.workflow.entity.EditorialState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A story as the studio's lists show it (the desk's panels, the stories list): what its working
 * revision says, where it stands, who wrote it and when it last changed, read in one query with
 * the page's other lines.
 *
 * @param author       the username of the person who started the story
 * @param authorName   that person's name as the office's staff list has it (their username when they are not on it)
 * @param scheduledFor when a scheduled story goes live, or null
 * @param unpublishAt  when a live story is to come off the site, or null
 * @param publishedAt  when the story first went live, or null
 */
public record StoryLine(long id, String title, EditorialState state, String author, String authorName, String language,
                        List<String> topics, Instant changedAt, Instant scheduledFor, Instant unpublishAt, Instant publishedAt,
                        boolean live) implements Serializable {

    public StoryLine {
        topics = List.copyOf(topics);
    }

    /** Where the next page of a list sorted by last change starts. */
    public StoryCursor cursor() {
        return new StoryCursor(changedAt, id);
    }
}
