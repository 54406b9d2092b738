package org.dateline.comments.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.comments.entity.Comment;
import org.dateline.comments.entity.CommentKind;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.notifications.control.Notifier;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.tenancy.control.Tenancy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A story's comment thread: anyone with a role in the story's office reads it and writes in it, in
 * whatever state the story is. A comment tells the story's author and everyone who wrote in the
 * thread before (their inbox, and by mail).
 */
@Stateless
public class Comments {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Notifier notifier;

    Clock clock = Clock.systemUTC();

    public Comment write(String office, long storyId, String text) {
        Caller caller = colleague(office, "comment on stories");
        EntityManager em = tenancy.of(office);
        Story story = em.find(Story.class, storyId);
        if (story == null) {
            throw new StoryNotFound(office, storyId);
        }
        Comment comment = new Comment(storyId, caller.name(), clock.instant(), CommentKind.COMMENT, text);
        List<String> told = new ArrayList<>(em.createNamedQuery(Comment.PARTICIPANTS, String.class)
                .setParameter("story", storyId).getResultList());
        told.add(story.createdBy());
        em.persist(comment);
        Revision working = em.find(Revision.class, story.workingRevisionId());
        notifier.tell(office, told, storyId, working.title(), NotificationKind.COMMENTED, caller.name(), comment.writtenAt(),
                comment.text());
        return comment;
    }

    /** A page of the thread, oldest first. */
    public List<Comment> of(String office, long storyId, int first, int max) {
        colleague(office, "read the comments");
        return tenancy.of(office).createNamedQuery(Comment.OF_STORY, Comment.class).setParameter("story", storyId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    public long count(String office, long storyId) {
        colleague(office, "read the comments");
        return tenancy.of(office).createNamedQuery(Comment.COUNT_OF_STORY, Long.class).setParameter("story", storyId)
                .getSingleResult();
    }

    private Caller colleague(String office, String what) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.allOf(Role.class), what);
        return caller;
    }
}
