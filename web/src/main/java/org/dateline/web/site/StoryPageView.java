package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;

/** One story on an office's site; a story that is not live there is not found. */
@Named("storyPage")
@RequestScoped
public class StoryPageView extends SitePage {

    @EJB
    Placements placements;

    private Placement story;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        Long id = (Long) requestAttribute(SiteRouter.STORY_ID);
        story = id == null ? null : placements.live(office.slug(), id).orElse(null);
        if (story == null) {
            notFound();
        } else if (!story.slug().equals(requestAttribute(SiteRouter.STORY_SLUG))) {
            movedTo(link(story));
        }
    }

    public Placement getStory() {
        return story;
    }
}
