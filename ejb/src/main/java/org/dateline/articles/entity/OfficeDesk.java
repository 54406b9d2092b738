package org.dateline.articles.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A person's desk in an office: the stories that wait for them, each panel with how many there are
 * and the first few, read in one call.
 *
 * @param awaitingReview the office's stories in review; null for someone who is not an editor there
 */
public record OfficeDesk(Panel myDrafts, Panel awaitingReview, Panel changesRequested, Panel scheduled,
                         Panel recentlyPublished) implements Serializable {

    /** A panel of the desk: how many stories it holds, and the first of them. */
    public record Panel(long count, List<StoryLine> lines) implements Serializable {

        public Panel {
            lines = List.copyOf(lines);
        }
    }

}
