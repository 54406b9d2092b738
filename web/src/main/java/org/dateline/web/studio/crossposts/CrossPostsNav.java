package org.dateline.web.studio.crossposts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.web.studio.Desk;

/**
 * What the studio's menu offers of cross-posting: the regional queue to regional editors, other
 * offices' stories to ask for to the editors of the office the person works in, and what others
 * share with that office to its staff.
 */
@Named
@RequestScoped
public class CrossPostsNav {

    @EJB
    Identities identities;

    @Inject
    Desk desk;

    @EJB
    CrossPosts crossPosts;

    private boolean regional;
    private boolean editor;
    private boolean staff;
    private long waiting;

    @PostConstruct
    void read() {
        Caller caller = identities.current();
        regional = !caller.regionalEditorOf().isEmpty();
        String office = desk.officeOf(caller).orElse(null);
        editor = office != null && caller.has(office, Role.EDITOR);
        staff = office != null;
        waiting = regional ? crossPosts.waitingCount() : 0;
    }

    /** How many requests wait for the regional editor's decision (shown on the queue's menu item). */
    public long getWaiting() {
        return waiting;
    }

    public boolean isRegional() {
        return regional;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isStaff() {
        return staff;
    }
}
