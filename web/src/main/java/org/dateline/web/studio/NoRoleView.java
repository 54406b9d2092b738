package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The page of a person who is signed in but has no role in any office. A regional editor, who has
 * none either, works on the region's cross-posts instead: they are sent to the regional queue.
 */
@Named
@RequestScoped
public class NoRoleView {

    @EJB
    Identities identities;

    @Inject
    StudioLanguage language;

    private Caller caller;

    public void open() throws IOException {
        caller = identities.current();
        if (caller.offices().isEmpty() && !caller.regionalEditorOf().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/studio/crossposts/queue.xhtml");
        }
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
