package org.dateline.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.articles.entity.Story;
import org.dateline.crossposting.control.Copies;
import org.dateline.placements.control.Placing;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.entity.Office;

import java.time.Instant;

/**
 * The one way a story goes live on its office's site and comes off it, inside the caller's
 * transaction: the story's live revision and its placement change together, the pages of it and of
 * its translation link each other again, and its copies on other offices' sites follow ({@link Copies}).
 * A publication, a scheduled release or take-down, an import and the demo content all come through here.
 */
@ApplicationScoped
public class Publishing {

    @Inject
    Placing placing;

    @Inject
    Copies copies;

    /** Makes the story's working revision its live one on the office's site, shown as published at {@code publishedAt}. */
    public Placement putLive(Office office, Story story, Instant publishedAt, Instant now) {
        story.goLive(publishedAt);
        Placement placement = placing.place(office.slug(), office.slug(), story.working(), publishedAt, office.zone(), now);
        placing.linkTranslations(office.slug(), office.slug(), story.id(), story.translationId(), now);
        copies.originLive(office, story, now);
        return placement;
    }

    /** Takes the story off the office's site; its revisions stay. */
    public void takeOff(Office office, Story story, Instant now) {
        story.goOffline();
        placing.withdraw(office.slug(), office.slug(), story.id(), now);
        placing.linkTranslations(office.slug(), office.slug(), story.id(), story.translationId(), now);
        copies.originOff(office, story, now);
    }
}
