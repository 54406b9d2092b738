package org.dateline.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.dateline.identity.entity.Caller;
import org.dateline.notifications.entity.Notification;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.notifications.entity.Notified;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes the notifications of a change into the caller's transaction, one per person it concerns
 * (never the person who made it), and announces them for the mail that follows the commit.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Tenancy tenancy;

    @Inject
    Event<Notified> notified;

    /**
     * Mails people who have no inbox in the office (the region's regional editors, whose studio is
     * their queue): nothing is written, the mail follows the commit like any other.
     */
    public void mail(String office, Collection<String> people, long storyId, String storyTitle, NotificationKind kind,
                     String actor, Instant at, String detail) {
        List<String> told = told(people, actor);
        if (!told.isEmpty()) {
            notified.fire(new Notified(office, told, storyId, storyTitle, kind, actor, at, detail));
        }
    }

    public void tell(String office, Collection<String> people, long storyId, String storyTitle, NotificationKind kind,
                     String actor, Instant at, String detail) {
        List<String> told = told(people, actor);
        if (told.isEmpty()) {
            return;
        }
        var em = tenancy.of(office);
        for (String person : told) {
            em.persist(new Notification(person, storyId, storyTitle, kind, actor, at, detail));
        }
        notified.fire(new Notified(office, told, storyId, storyTitle, kind, actor, at, detail));
    }

    /** The people a change concerns: never the one who made it, nor the scheduler or an anonymous caller. */
    private static List<String> told(Collection<String> people, String actor) {
        return people.stream().filter(p -> p != null && !p.equals(actor)
                && !p.equals(Caller.SCHEDULER.name()) && !p.equals(Caller.ANONYMOUS.name())).distinct().sorted().toList();
    }
}
