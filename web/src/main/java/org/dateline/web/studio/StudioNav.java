package org.dateline.web.studio;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;

/** What the studio's menu offers the person: the office switcher, and the staff page to admins. */
@Named
@RequestScoped
public class StudioNav {

    @EJB
    Identities identities;

    @Inject
    Desk desk;

    private boolean severalOffices;
    private boolean admin;

    @PostConstruct
    void read() {
        Caller caller = identities.current();
        severalOffices = caller.offices().size() > 1;
        admin = desk.officeOf(caller).map(office -> caller.has(office, Role.ADMIN)).orElse(false);
    }

    public boolean isSeveralOffices() {
        return severalOffices;
    }

    public boolean isAdmin() {
        return admin;
    }
}
