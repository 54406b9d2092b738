package org.dateline.web.studio;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.dateline.identity.entity.Caller;

import java.io.Serializable;
import java.util.Optional;

/**
 * The office a person works in during this session. Someone in one office works there; someone in
 * several chooses (the office switcher). The choice only selects what the studio shows: every
 * boundary checks the person's role in the office again.
 */
@Named
@SessionScoped
public class Desk implements Serializable {

    private static final long serialVersionUID = 1L;

    private String office;

    /** The office to work in, if it is clear: the chosen one, or the only one. */
    public Optional<String> officeOf(Caller caller) {
        if (office != null && caller.offices().contains(office)) {
            return Optional.of(office);
        }
        if (caller.offices().size() == 1) {
            return Optional.of(caller.offices().iterator().next());
        }
        return Optional.empty();
    }

    public void workIn(String office) {
        this.office = office;
    }
}
