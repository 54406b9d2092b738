package org.dateline.placements.entity;

import java.time.Instant;

/** Where a live story is on a site, and when it last changed there. */
public record PlacementAddress(long storyId, String slug, Instant updatedAt) {

    /** The path of the story page below the site's root, as {@link Placement#path()}. */
    public String path() {
        return "stories/" + storyId + "-" + slug;
    }
}
