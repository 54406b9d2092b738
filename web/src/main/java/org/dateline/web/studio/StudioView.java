package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.workflow.entity.EditorialState;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The office's start page: which office, the person's role there, the review queue and the
 * latest stories. Someone without a role in any office is sent to the "no role" page, someone in
 * several offices who has not chosen yet to the office switcher.
 */
@Named
@ViewScoped
public class StudioView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    /** A story as the start page lists it. */
    public record Row(long id, String title, String state, String updatedBy, Instant updatedAt) implements Serializable {
    }

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Stories stories;

    @Inject
    Desk desk;

    private String officeSlug;
    private String officeName;
    private String roles;
    private boolean admin;
    private boolean severalOffices;
    private List<Row> reviewQueue = List.of();
    private List<Row> recent = List.of();

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
        roles = caller.rolesIn(officeSlug).stream().sorted().map(StudioView::roleName).collect(Collectors.joining(", "));
        admin = caller.has(officeSlug, Role.ADMIN);
        severalOffices = caller.offices().size() > 1;
        reviewQueue = rows(stories.inState(officeSlug, EditorialState.IN_REVIEW, LISTED));
        recent = rows(stories.recent(officeSlug, LISTED));
    }

    private List<Row> rows(List<Story> list) {
        return list.stream().map(story -> {
            Revision working = stories.working(officeSlug, story.id());
            return new Row(story.id(), working == null ? "(untitled)" : working.title(), stateName(story.state()),
                    story.updatedBy(), story.updatedAt());
        }).toList();
    }

    static String roleName(Role role) {
        return switch (role) {
            case AUTHOR -> "Author";
            case EDITOR -> "Editor";
            case ADMIN -> "Office admin";
        };
    }

    static String stateName(EditorialState state) {
        String name = state.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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

    public boolean isAdmin() {
        return admin;
    }

    public boolean isSeveralOffices() {
        return severalOffices;
    }

    public List<Row> getReviewQueue() {
        return reviewQueue;
    }

    public List<Row> getRecent() {
        return recent;
    }
}
