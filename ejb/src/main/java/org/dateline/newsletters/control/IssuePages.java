package org.dateline.newsletters.control;

import jakarta.persistence.EntityManager;
import org.dateline.media.entity.HeroImage;
import org.dateline.media.entity.Image;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.placements.entity.Placement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads what an issue's page or e-mail shows, in the office's persistence context: one query for its stories. */
public final class IssuePages {

    private IssuePages() {
    }

    public static IssuePage of(EntityManager em, Issue issue) {
        Set<Long> storyIds = new HashSet<>();
        Map<Long, HeroImage> images = new HashMap<>();
        for (IssueSection section : issue.sections()) {
            for (IssueItem item : section.items()) {
                if (item.readMoreStory() != null) {
                    storyIds.add(item.readMoreStory());
                }
                if (item.imageId() != null) {
                    Image image = em.find(Image.class, item.imageId());
                    if (image != null) {
                        images.put(image.id(), image.hero());
                    }
                }
            }
        }
        Map<Long, Placement> stories = new HashMap<>();
        if (!storyIds.isEmpty()) {
            for (Placement placement : em.createNamedQuery(Placement.LIVE_STORIES, Placement.class)
                    .setParameter("stories", storyIds).getResultList()) {
                stories.put(placement.storyId(), placement);
            }
        }
        return new IssuePage(issue, stories, images);
    }
}
