package org.dateline.articles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.identity.control.Callers;
import org.dateline.placements.control.Placing;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.workflow.entity.EditorialState;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * An office's stories as its staff see them, drafts included. Changing them is the
 * {@link org.dateline.workflow.boundary.Editorial} boundary's job.
 */
@Stateless
public class Stories {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Placing placing;

    @Inject
    Offices offices;

    public Story find(String office, long id) {
        EntityManager em = staffOf(office);
        Story story = em.find(Story.class, id);
        if (story == null) {
            throw new StoryNotFound(office, id);
        }
        return story;
    }

    public Revision working(String office, long id) {
        Story story = find(office, id);
        return tenancy.of(office).find(Revision.class, story.workingRevisionId());
    }

    public Optional<Revision> live(String office, long id) {
        Story story = find(office, id);
        return Optional.ofNullable(story.liveRevisionId()).map(r -> tenancy.of(office).find(Revision.class, r));
    }

    public List<Revision> revisions(String office, long id) {
        Story story = find(office, id);
        return tenancy.of(office).createNamedQuery(Revision.OF_STORY, Revision.class).setParameter("story", story).getResultList();
    }

    /**
     * The story's working revision as its office's site would show it once published (for the
     * studio's preview, which only the office's staff may open).
     */
    public Placement preview(String office, long id) {
        Story story = find(office, id);
        Instant now = Instant.now();
        Office where = offices.get(office);
        return placing.preview(office, story.working(), story.firstPublishedAt() == null ? now : story.firstPublishedAt(),
                where.zone(), now);
    }

    public List<Story> recent(String office, int limit) {
        return staffOf(office).createNamedQuery(Story.RECENT, Story.class).setMaxResults(limit).getResultList();
    }

    public List<Story> inState(String office, EditorialState state, int limit) {
        return staffOf(office).createNamedQuery(Story.IN_STATE, Story.class).setParameter("state", state)
                .setMaxResults(limit).getResultList();
    }

    private EntityManager staffOf(String office) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read the office's stories");
        return tenancy.of(office);
    }
}
