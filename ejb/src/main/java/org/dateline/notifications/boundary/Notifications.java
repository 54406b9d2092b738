package org.dateline.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotSignedIn;
import org.dateline.identity.entity.PersonSettings;
import org.dateline.identity.entity.Role;
import org.dateline.notifications.entity.Notification;
import org.dateline.tenancy.control.Tenancy;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * The signed-in person's inbox in an office, and only theirs: newest first, the unread count, marking
 * read; and whether they want the same by mail (a setting of their own, the same in every office).
 */
@Stateless
public class Notifications {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A page of the caller's notifications in the office, newest first. */
    public List<Notification> mine(String office, int first, int max) {
        Caller caller = member(office);
        return tenancy.of(office).createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", caller.name())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    public long count(String office) {
        Caller caller = member(office);
        return tenancy.of(office).createNamedQuery(Notification.COUNT_OF_PERSON, Long.class).setParameter("person", caller.name())
                .getSingleResult();
    }

    /** How many of the caller's notifications in the office they have not read; the studio's menu shows it on every page. */
    public long unread(String office) {
        Caller caller = member(office);
        return tenancy.of(office).createNamedQuery(Notification.UNREAD_COUNT, Long.class).setParameter("person", caller.name())
                .getSingleResult();
    }

    /** Marks these of the caller's notifications read (anyone else's are left as they are). */
    public int markRead(String office, Collection<Long> ids) {
        Caller caller = member(office);
        if (ids == null || ids.isEmpty()) {
            return 0;
        }
        return tenancy.of(office).createNamedQuery(Notification.MARK_READ).setParameter("person", caller.name())
                .setParameter("ids", List.copyOf(ids)).setParameter("at", clock.instant()).executeUpdate();
    }

    public int markAllRead(String office) {
        Caller caller = member(office);
        return tenancy.of(office).createNamedQuery(Notification.MARK_ALL_READ).setParameter("person", caller.name())
                .setParameter("at", clock.instant()).executeUpdate();
    }

    /** Whether the caller gets their notifications by mail too. */
    public boolean mailOn() {
        String person = person();
        PersonSettings stored = em.find(PersonSettings.class, person);
        return stored == null || stored.mailNotifications();
    }

    /** Turns the caller's notification mail on or off, in every office. */
    public boolean mail(boolean on) {
        String person = person();
        PersonSettings settings = em.find(PersonSettings.class, person);
        if (settings == null) {
            settings = PersonSettings.defaults(person);
            settings.mailNotifications(on, clock.instant());
            em.persist(settings);
        } else {
            settings.mailNotifications(on, clock.instant());
        }
        return settings.mailNotifications();
    }

    private Caller member(String office) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.allOf(Role.class), "read notifications");
        return caller;
    }

    private String person() {
        Caller caller = callers.current();
        if (caller.equals(Caller.ANONYMOUS) || caller.equals(Caller.SCHEDULER)) {
            throw new NotSignedIn("have settings");
        }
        return caller.name();
    }
}
