package org.dateline.workflow.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.ReviewLine;
import org.dateline.workflow.entity.ReviewOutcome;
import org.dateline.workflow.entity.StoryConflict;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An office's review queue for its editors: the stories waiting in review, longest-waiting first, a
 * page at a time; and acting on several at once. A bulk action takes each story on its own, in a
 * transaction of its own through {@link Editorial} (which checks role, state and the version the
 * editor saw, as for one story), so one story refused leaves the others done; the answer says, for
 * each story, what became of it.
 */
@Stateless
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class.getName());
    private static final String QUEUE = "SELECT s.id, s.version, w.title, s.createdBy, s.reviewSince, w.id, w.language"
            + " FROM Story s JOIN s.working w WHERE s.state = :state ORDER BY s.reviewSince, s.id";
    private static final String QUEUE_LENGTH = "SELECT COUNT(s) FROM Story s WHERE s.state = :state";
    private static final String TOPICS = "SELECT r.id, t.name FROM Revision r JOIN r.topics t WHERE r.id IN :revisions ORDER BY t.name";

    /** A story as the editor's page showed it: the version they saw is the one they act on. */
    public record Seen(long storyId, int version) implements Serializable {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    /** A page of the stories in review, longest-waiting first, each with its topics (two queries a page). */
    public List<ReviewLine> queue(String office, int first, int max) {
        editor(office);
        var em = tenancy.of(office);
        List<Object[]> rows = em.createQuery(QUEUE, Object[].class).setParameter("state", EditorialState.IN_REVIEW)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> topics = new LinkedHashMap<>();
        for (Object[] row : rows) {
            topics.put((Long) row[5], new ArrayList<>());
        }
        for (Object[] topic : em.createQuery(TOPICS, Object[].class).setParameter("revisions", List.copyOf(topics.keySet()))
                .getResultList()) {
            topics.get((Long) topic[0]).add((String) topic[1]);
        }
        return rows.stream().map(r -> new ReviewLine((Long) r[0], (Integer) r[1], (String) r[2], (String) r[3], (Instant) r[4],
                topics.get((Long) r[5]), (String) r[6])).toList();
    }

    public long queueLength(String office) {
        editor(office);
        return tenancy.of(office).createQuery(QUEUE_LENGTH, Long.class).setParameter("state", EditorialState.IN_REVIEW)
                .getSingleResult();
    }

    /** Publishes each story, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReviewOutcome> publishAll(String office, List<Seen> stories) {
        editor(office);
        return each(office, stories, seen -> editorial.publish(office, seen.storyId(), seen.version()));
    }

    /** Sends each story back to its author with the same comment, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReviewOutcome> requestChangesOfAll(String office, List<Seen> stories, String comment) {
        editor(office);
        if (comment == null || comment.isBlank()) {
            throw new InvalidStory(List.of("Say what should change: a comment is required when requesting changes."));
        }
        return each(office, stories, seen -> editorial.requestChanges(office, seen.storyId(), seen.version(), comment));
    }

    /** Takes each story on its own: {@link Editorial}'s methods each run in a transaction of their own, as this one runs in none. */
    private List<ReviewOutcome> each(String office, List<Seen> stories, Function<Seen, Story> action) {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (Seen seen : stories.stream().distinct().toList()) {
            try {
                Story story = action.apply(seen);
                outcomes.add(ReviewOutcome.done(seen.storyId(), story.state()));
            } catch (IllegalTransition e) {
                outcomes.add(new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.NOT_IN_STATE, e.state(), null, e.getMessage()));
            } catch (StoryConflict e) {
                outcomes.add(changedSince(office, seen, e));
            } catch (NotAllowed e) {
                outcomes.add(new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.NOT_ALLOWED, null, null, e.getMessage()));
            } catch (StoryNotFound e) {
                outcomes.add(new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.NOT_FOUND, null, null, e.getMessage()));
            } catch (InvalidStory e) {
                outcomes.add(new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.INVALID, null, null, e.getMessage()));
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Story " + seen.storyId() + " of a bulk action failed", e);
                outcomes.add(new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.FAILED, null, null, String.valueOf(e.getMessage())));
            }
        }
        return outcomes;
    }

    /**
     * A story changed since the editor's page showed it: when it is no longer in review, that is what
     * the editor needs to hear (and who moved it); otherwise that it changed, to be looked at again.
     */
    private ReviewOutcome changedSince(String office, Seen seen, StoryConflict conflict) {
        Story now;
        try {
            now = stories.find(office, seen.storyId());
        } catch (StoryNotFound e) {
            return new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.NOT_FOUND, null, null, e.getMessage());
        }
        if (now.state() != EditorialState.IN_REVIEW) {
            return new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.NOT_IN_STATE, now.state(), conflict.changedBy(),
                    conflict.getMessage());
        }
        return new ReviewOutcome(seen.storyId(), ReviewOutcome.Refusal.CHANGED_SINCE, null, conflict.changedBy(), conflict.getMessage());
    }

    private void editor(String office) {
        callers.current().require(office, EnumSet.of(Role.EDITOR), "review stories");
    }
}
