package org.dateline.web.studio.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.notifications.boundary.Notifications;
import org.dateline.web.studio.Desk;

/**
 * The studio menu's entries of the newsroom's conversation: the inbox with its unread count (one
 * counting query per page) for everyone with a role in the office they work in, the review queue
 * for its editors.
 */
@Named
@RequestScoped
public class InboxNav {

    @EJB
    Notifications notifications;

    @Inject
    Callers callers;

    @Inject
    Desk desk;

    private boolean shown;
    private boolean editor;
    private long unread;

    @PostConstruct
    void read() {
        Caller caller = callers.current();
        String office = desk.officeOf(caller).orElse(null);
        shown = office != null && !caller.rolesIn(office).isEmpty();
        if (shown) {
            editor = caller.has(office, Role.EDITOR);
            unread = notifications.unread(office);
        }
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isEditor() {
        return editor;
    }

    public long getUnread() {
        return unread;
    }
}
