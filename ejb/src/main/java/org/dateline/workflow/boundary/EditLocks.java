package org.dateline.workflow.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.workflow.entity.EditLock;
import org.dateline.identity.entity.Role;
import org.dateline.notifications.control.Notifier;
import org.dateline.notifications.entity.NotificationKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Who is editing which story: opening a story in the editor takes its lock when nobody else holds
 * it, the editor page keeps it while the person works ({@link #keepAlive}), and anyone who may revise
 * the story may take it over. Others see the story read-only meanwhile, and saves of anyone but the
 * holder are refused ({@link Editorial#revise}); the story's version stays the last line of defence.
 * A lock lapses when its holder has not been seen for {@code dateline.edit-lock.lapse-seconds}
 * (default 120): the page stops asking when it is closed, or after ten minutes without a keystroke.
 * Each answer is the lock as the caller should see it.
 */
@Stateless
public class EditLocks {

    /** The lock of a story as one person sees it. */
    public record Lock(long storyId, String holder, Instant since, boolean mine) {

        /** Nobody holds it. */
        static Lock free(long storyId) {
            return new Lock(storyId, null, null, false);
        }

        public boolean isFree() {
            return holder == null;
        }
    }

    @Inject
    Callers callers;

    @Inject
    Auditor auditor;

    @Inject
    org.dateline.tenancy.control.Tenancy tenancy;

    @Inject
    Notifier notifier;

    @Inject
    @ConfigProperty(name = "dateline.edit-lock.lapse-seconds", defaultValue = "120")
    long lapseSeconds;

    /** The audit trail's word for a takeover. */
    static final String TAKE_OVER = "TAKE_OVER_EDITING";

    Clock clock = Clock.systemUTC();

    private Caller reviser(String office) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.AUTHOR, Role.EDITOR), "edit stories");
        return caller;
    }

    /** Takes the story's lock for the caller if nobody else holds it; says who does otherwise. */
    public Lock open(String office, long storyId) {
        Caller caller = reviser(office);
        Instant now = clock.instant();
        EntityManager em = lockStory(office, storyId);
        EditLock lock = em.find(EditLock.class, storyId);
        if (lock == null) {
            lock = new EditLock(storyId, caller.name(), now);
            em.persist(lock);
        } else if (lock.holder().equals(caller.name())) {
            lock.seen(now);
        } else if (!lock.isHeld(now, lapse())) {
            lock.heldBy(caller.name(), now);
        }
        return seenBy(caller, lock);
    }

    /**
     * The caller's editor page is still open and in use: keeps their lock. When someone took it over
     * meanwhile, the answer says who (and the page keeps the caller's unsaved text,
     * {@link Editorial#keepUnsaved}).
     */
    public Lock keepAlive(String office, long storyId) {
        Caller caller = reviser(office);
        Instant now = clock.instant();
        EntityManager em = tenancy.of(office);
        EditLock lock = em.find(EditLock.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            return Lock.free(storyId);
        }
        if (lock.holder().equals(caller.name())) {
            lock.seen(now);
        }
        return seenBy(caller, lock);
    }

    /** The caller edits the story from now on; whoever held it is told on their page's next call. */
    public Lock takeOver(String office, long storyId) {
        Caller caller = reviser(office);
        Instant now = clock.instant();
        EntityManager em = lockStory(office, storyId);
        EditLock lock = em.find(EditLock.class, storyId);
        if (lock == null) {
            lock = new EditLock(storyId, caller.name(), now);
            em.persist(lock);
        } else if (!lock.holder().equals(caller.name())) {
            String from = lock.holder();
            Story story = em.find(Story.class, storyId);
            auditor.record(office, storyId, caller.name(), now, TAKE_OVER, story.state(), story.state(),
                    null, "Took over editing from " + from);
            lock.heldBy(caller.name(), now);
            notifier.tell(office, List.of(from), storyId, em.find(Revision.class, story.workingRevisionId()).title(),
                    NotificationKind.LOCK_TAKEN, caller.name(), now, null);
        } else {
            lock.seen(now);
        }
        return seenBy(caller, lock);
    }

    /** The caller leaves the story: their lock goes (anyone else's stays). */
    public void release(String office, long storyId) {
        Caller caller = reviser(office);
        EntityManager em = tenancy.of(office);
        EditLock lock = em.find(EditLock.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (lock != null && lock.holder().equals(caller.name())) {
            em.remove(lock);
        }
    }

    /** The lock as the caller should see it: a lapsed lock of someone else is free. */
    public Lock of(String office, long storyId) {
        Caller caller = reviser(office);
        EditLock lock = tenancy.of(office).find(EditLock.class, storyId);
        return lock == null ? Lock.free(storyId) : seenBy(caller, lock);
    }

    private Lock seenBy(Caller caller, EditLock lock) {
        boolean mine = lock.holder().equals(caller.name());
        if (!mine && !lock.isHeld(clock.instant(), lapse())) {
            return Lock.free(lock.storyId());
        }
        return new Lock(lock.storyId(), lock.holder(), lock.since(), mine);
    }

    /** Holds the story's row, so that two people opening it at once are taken one after the other. */
    private EntityManager lockStory(String office, long storyId) {
        EntityManager em = tenancy.of(office);
        if (em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new StoryNotFound(office, storyId);
        }
        return em;
    }

    private Duration lapse() {
        return Duration.ofSeconds(Math.max(5, lapseSeconds));
    }
}
