package org.dateline.web.studio.notifications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Colleagues;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.notifications.boundary.Notifications;
import org.dateline.notifications.entity.Notification;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeClock;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The person's inbox in the office they work in ({@code /studio/inbox.xhtml}): what concerns them,
 * newest first, a page at a time, unread ones marked; marking read; and their choice of getting the
 * same by e-mail.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Notifications notifications;

    @EJB
    Colleagues colleagues;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private String office;
    private String officeName = "";
    private OfficeClock clock;
    private Map<String, String> names = Map.of();
    private LazyRows<Notification> inbox;
    private long unread;
    private boolean mail;

    public void load() {
        Caller caller = callers.current();
        office = desk.officeOf(caller).orElse(null);
        if (office == null) {
            language.error("inbox.noOffice");
            return;
        }
        Office where = offices.get(office);
        officeName = where.name();
        clock = OfficeClock.of(where, language.getLocale());
        names = new HashMap<>(colleagues.namesIn(office));
        mail = notifications.mailOn();
        String in = office;
        inbox = new LazyRows<>(() -> notifications.count(in), (first, size) -> notifications.mine(in, first, size),
                n -> String.valueOf(n.id()));
        unread = notifications.unread(office);
    }

    public void markRead(Notification notification) {
        notifications.markRead(office, List.of(notification.id()));
        unread = notifications.unread(office);
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(office);
        unread = notifications.unread(office);
        language.info("inbox.allRead", marked);
    }

    public void mailChanged() {
        mail = notifications.mail(mail);
        language.info(mail ? "inbox.mailOn" : "inbox.mailOff");
    }

    /** The notification as a sentence in the person's language ("Eli Editor asked for changes to …"). */
    public String text(Notification n) {
        return language.text("inbox." + n.kind().name(), name(n.actor()), n.storyTitle());
    }

    public String name(String username) {
        if ("scheduler".equals(username)) {
            return language.text("history.scheduler");
        }
        return names.getOrDefault(username, username);
    }

    public String when(Instant instant) {
        return clock == null ? "" : clock.when(instant);
    }

    public String iso(Instant instant) {
        return clock == null ? "" : clock.iso(instant);
    }

    public String getOffice() {
        return office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public LazyRows<Notification> getInbox() {
        return inbox;
    }

    public long getUnread() {
        return unread;
    }

    public boolean isMail() {
        return mail;
    }

    public void setMail(boolean mail) {
        this.mail = mail;
    }
}
