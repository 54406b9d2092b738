package org.dateline.placements.entity;

/** A topic of a site and how many live stories are filed under it. */
public record TopicCount(String slug, String name, long stories) {

    public TopicCount(String slug, String name, Long stories) {
        this(slug, name, stories.longValue());
    }
}
