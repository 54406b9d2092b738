package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;

import java.util.stream.Collectors;

/** The page of a person who is signed in but has no role in any office. */
@Named
@RequestScoped
public class NoRoleView {

    @EJB
    Identities identities;

    @Inject
    StudioLanguage language;

    private Caller caller;

    public void open() {
        caller = identities.current();
    }

    public String getName() {
        return caller.name();
    }

    /** The regions the person is regional editor of, by name. */
    public String getRegions() {
        return caller.regionalEditorOf().stream().sorted().map(language::regionName)
                .collect(Collectors.joining(", "));
    }
}
