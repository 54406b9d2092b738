package org.dateline.newsletters.entity;

import org.dateline.media.entity.HeroImage;
import org.dateline.placements.entity.Placement;

import java.util.Map;

/**
 * What a page or an e-mail of an issue shows, read in one transaction: the issue, the stories its
 * "Read more" links lead to that are live on the office's site (by story id; a story that is no
 * longer live is missing and its link is not shown), and its items' images (by image id).
 */
public record IssuePage(Issue issue, Map<Long, Placement> stories, Map<Long, HeroImage> images) {

    public IssuePage {
        stories = Map.copyOf(stories);
        images = Map.copyOf(images);
    }

    /** The live story an item's "Read more" leads to, or null. */
    public Placement story(IssueItem item) {
        return item.readMoreStory() == null ? null : stories.get(item.readMoreStory());
    }

    /** The item's image, or null. */
    public HeroImage image(IssueItem item) {
        return item.imageId() == null ? null : images.get(item.imageId());
    }
}
