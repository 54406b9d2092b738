package org.dateline.articles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.RevisionDiff;
import org.dateline.articles.entity.Comparison;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.RevisionLine;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A story's history as its office's staff read it: the timeline of everything done to it (the
 * audit trail, newest first), its revisions (newest first, without their text) and any two of them
 * compared word by word. Every list comes a page at a time. Reading only: restoring a revision is
 * {@link org.dateline.workflow.boundary.Editorial#restore}.
 */
@Stateless
public class History {

    private static final String REVISIONS = "SELECT r.number, r.title, r.author, r.createdAt, r.note, r.id FROM Revision r"
            + " WHERE r.story.id = :story ORDER BY r.number DESC";
    private static final String REVISION_COUNT = "SELECT COUNT(r) FROM Revision r WHERE r.story.id = :story";
    private static final String REVISION_BY_NUMBER = "SELECT r FROM Revision r WHERE r.story.id = :story AND r.number IN :numbers";

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    public Story story(String office, long storyId) {
        Story story = staff(office).find(Story.class, storyId);
        if (story == null) {
            throw new StoryNotFound(office, storyId);
        }
        return story;
    }

    /** A page of the story's timeline, newest first. */
    public List<AuditEvent> timeline(String office, long storyId, int first, int max) {
        return staff(office).createNamedQuery(AuditEvent.TIMELINE, AuditEvent.class).setParameter("story", storyId)
                .setFirstResult(Math.max(0, first)).setMaxResults(bounded(max)).getResultList();
    }

    public long timelineLength(String office, long storyId) {
        return staff(office).createNamedQuery(AuditEvent.COUNT_OF_STORY, Long.class).setParameter("story", storyId).getSingleResult();
    }

    /** A page of the story's revisions, newest first. */
    public List<RevisionLine> revisions(String office, long storyId, int first, int max) {
        Story story = story(office, storyId);
        return tenancy.of(office).createQuery(REVISIONS, Object[].class).setParameter("story", storyId)
                .setFirstResult(Math.max(0, first)).setMaxResults(bounded(max)).getResultList().stream()
                .map(r -> new RevisionLine((Integer) r[0], (String) r[1], (String) r[2], (java.time.Instant) r[3], (String) r[4],
                        Objects.equals(r[5], story.workingRevisionId()), Objects.equals(r[5], story.liveRevisionId())))
                .toList();
    }

    public long revisionCount(String office, long storyId) {
        return staff(office).createQuery(REVISION_COUNT, Long.class).setParameter("story", storyId).getSingleResult();
    }

    /** Two revisions compared, the lower number as the older, whichever order they are given in. */
    public Comparison compare(String office, long storyId, int one, int other) {
        Story story = story(office, storyId);
        int older = Math.min(one, other);
        int newer = Math.max(one, other);
        List<Revision> found = tenancy.of(office).createQuery(REVISION_BY_NUMBER, Revision.class).setParameter("story", storyId)
                .setParameter("numbers", List.of(older, newer)).getResultList();
        Revision a = found.stream().filter(r -> r.number() == older).findFirst()
                .orElseThrow(() -> new InvalidStory(List.of("The story has no revision " + older + ".")));
        Revision b = found.stream().filter(r -> r.number() == newer).findFirst()
                .orElseThrow(() -> new InvalidStory(List.of("The story has no revision " + newer + ".")));
        return new Comparison(line(story, a), line(story, b), List.of(
                RevisionDiff.field("title", RevisionDiff.lines(a.title()), RevisionDiff.lines(b.title())),
                RevisionDiff.field("lead", RevisionDiff.lines(a.lead()), RevisionDiff.lines(b.lead())),
                RevisionDiff.field("body", RevisionDiff.paragraphs(a.body()), RevisionDiff.paragraphs(b.body()))));
    }

    private static RevisionLine line(Story story, Revision r) {
        return new RevisionLine(r.number(), r.title(), r.author(), r.createdAt(), r.note(),
                Objects.equals(r.id(), story.workingRevisionId()), Objects.equals(r.id(), story.liveRevisionId()));
    }

    private static int bounded(int max) {
        return Math.max(1, Math.min(max, 500));
    }

    private EntityManager staff(String office) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read the story's history");
        return tenancy.of(office);
    }
}
