package org.dateline.web.studio;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.control.PersonNames;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;

/**
 * What the studio's menu offers the person: the office switcher, and the staff page to admins; and
 * who is signed in, by name ("Eli Editor", as the office's staff list or the region has it).
 */
@Named
@RequestScoped
public class StudioNav {

    @EJB
    Identities identities;

    @Inject
    Desk desk;

    private boolean severalOffices;
    private boolean admin;
    private String who;

    @Inject
    PersonNames names;

    @PostConstruct
    void read() {
        Caller caller = identities.current();
        severalOffices = caller.offices().size() > 1;
        admin = desk.officeOf(caller).map(office -> caller.has(office, Role.ADMIN)).orElse(false);
        who = desk.officeOf(caller).map(office -> names.of(office).get(caller.name()))
                .or(() -> caller.regionalEditorOf().stream().map(region -> names.ofRegion(region).get(caller.name()))
                        .filter(java.util.Objects::nonNull).findFirst())
                .orElse(caller.name());
    }

    /** The signed-in person's name, or their username when no list names them. */
    public String getWho() {
        return who;
    }

    public boolean isSeveralOffices() {
        return severalOffices;
    }

    public boolean isAdmin() {
        return admin;
    }
}
