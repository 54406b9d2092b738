package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.control.PersonNames;
import org.dateline.identity.entity.Caller;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueAction;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.StudioLanguage;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;

/**
 * The office's newsletter issues ({@code /studio/newsletters/?office=…}), last changed first, a
 * page at a time: title, month, language, state and the last change (who, and when in the office's
 * time). Authors and editors start a new issue from here.
 */
@Named
@ViewScoped
public class IssuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One issue as the list shows it. */
    public record IssueLine(long id, String title, YearMonth month, String language, IssueState state, Instant changedAt,
                            String changedBy) implements Serializable {
    }

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Newsletters newsletters;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    @Inject
    PersonNames names;

    private String office;
    private String officeName;
    private OfficeTime time;
    private boolean mayCreate;
    private boolean admin;
    private Map<String, String> staff = Map.of();
    private final LazyRows<IssueLine> issues = new LazyRows<>(() -> newsletters.count(office),
            (first, size) -> newsletters.issues(office, first, size).stream().map(this::line).toList(), line -> String.valueOf(line.id()));

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Caller caller = identities.current();
        if (office == null || !caller.offices().contains(office)) {
            office = desk.officeOf(caller).orElse(null);
        }
        if (office == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        Office where = offices.get(office);
        officeName = where.name();
        time = OfficeTime.of(where, language.getLocale());
        mayCreate = !Collections.disjoint(caller.rolesIn(office), IssueAction.CREATE.roles());
        admin = caller.rolesIn(office).contains(org.dateline.identity.entity.Role.ADMIN);
        staff = Map.copyOf(names.of(office));
    }

    private IssueLine line(Issue issue) {
        return new IssueLine(issue.id(), issue.title(), issue.month(), issue.language(), issue.state(), issue.updatedAt(),
                staff.getOrDefault(issue.updatedBy(), issue.updatedBy()));
    }

    /** The builder's address of an issue of this office. */
    public String builder(IssueLine line) {
        return "issue.xhtml?office=" + office + "&id=" + line.id();
    }

    public String getPageReport() {
        return language.text("stories.pageReport", "{currentPage}", "{totalPages}");
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public OfficeTime getTime() {
        return time;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    /** Whether the person may see the office's list of subscribers. */
    public boolean isAdmin() {
        return admin;
    }

    public LazyRows<IssueLine> getIssues() {
        return issues;
    }
}
