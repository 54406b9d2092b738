package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.tenancy.boundary.Offices;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** The office switcher: a person who works in several offices chooses the one they work in now. */
@Named
@ViewScoped
public class OfficeSwitchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One office the person works in, with their roles there (in the person's language). */
    public record Choice(String slug, String name, String roles) implements Serializable {
    }

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private List<Choice> choices = List.of();

    public void open() {
        Caller caller = identities.current();
        choices = caller.offices().stream().map(slug -> new Choice(slug, offices.get(slug).name(),
                caller.rolesIn(slug).stream().sorted().map(language::roleLabel).collect(Collectors.joining(", ")))).toList();
    }

    public String workIn(String slug) {
        if (identities.current().offices().contains(slug)) {
            desk.workIn(slug);
        }
        return "/studio/index.xhtml?faces-redirect=true";
    }

    public List<Choice> getChoices() {
        return choices;
    }
}
