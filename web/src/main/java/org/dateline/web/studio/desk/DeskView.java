package org.dateline.web.studio.desk;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.OfficeDesk;
import org.dateline.articles.entity.StoryLine;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.StudioLanguage;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The office desk, the studio's start page: what waits for the person in the office they work in
 * (their drafts, the stories in review for an editor, the changes asked of them, what is scheduled,
 * what went live lately), each panel with its count, all read in one boundary call. Someone without
 * a role in any office is sent to the "no role" page, someone in several offices who has not chosen
 * yet to the office switcher.
 */
@Named
@ViewScoped
public class DeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Stories stories;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private String officeSlug;
    private String officeName;
    private String roles;
    private OfficeTime time;
    private OfficeDesk panels;

    public void open() throws IOException {
        Caller caller = identities.current();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (caller.offices().isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/no-role.xhtml");
            return;
        }
        Optional<String> office = desk.officeOf(caller);
        if (office.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/offices.xhtml");
            return;
        }
        officeSlug = office.get();
        Office where = offices.get(officeSlug);
        officeName = where.name();
        time = OfficeTime.of(where, language.getLocale());
        roles = caller.rolesIn(officeSlug).stream().sorted().map(language::roleLabel).collect(Collectors.joining(", "));
        panels = stories.desk(officeSlug);
    }

    /** The editor's address of a story of this office. */
    public String editor(StoryLine line) {
        return "story.xhtml?office=" + officeSlug + "&id=" + line.id();
    }

    /** A scheduled line's event in words: when it goes live, or when it comes off the site. */
    public String scheduledEvent(StoryLine line) {
        if (line.scheduledFor() != null) {
            return language.text("desk.goesLive", time.when(line.scheduledFor()));
        }
        return language.text("desk.comesOff", time.when(line.unpublishAt()));
    }

    public boolean isReviewer() {
        return panels != null && panels.awaitingReview() != null;
    }

    public String getOfficeSlug() {
        return officeSlug;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getRoles() {
        return roles;
    }

    public OfficeTime getTime() {
        return time;
    }

    public OfficeDesk getPanels() {
        return panels;
    }

}
