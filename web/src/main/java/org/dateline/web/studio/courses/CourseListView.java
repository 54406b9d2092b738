package org.dateline.web.studio.courses;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.courses.boundary.Courses;
import org.dateline.courses.entity.CourseAction;
import org.dateline.courses.entity.CourseState;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.StudioLanguage;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The office's courses, last changed first, a page at a time, all or those in one state. */
@Named("courseList")
@ViewScoped
public class CourseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Identities identities;

    @EJB
    Offices offices;

    @EJB
    Courses courses;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private String officeSlug;
    private String officeName;
    private OfficeTime time;
    private boolean mayCreate;
    private String state;
    private LazyRows<CourseLine> rows;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Caller caller = identities.current();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> office = desk.officeOf(caller);
        if (office.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        officeSlug = office.get();
        Office where = offices.get(officeSlug);
        officeName = where.name();
        time = OfficeTime.of(where, language.getLocale());
        mayCreate = caller.rolesIn(officeSlug).stream().anyMatch(CourseAction.CREATE.roles()::contains);
        String asked = external.getRequestParameterMap().get("state");
        state = getStates().contains(asked) ? asked : null;
        Courses boundary = courses;
        String slug = officeSlug;
        rows = new LazyRows<>(() -> boundary.count(slug, chosen()), (first, size) -> boundary.courses(slug, chosen(), first, size)
                .stream().map(CourseLine::of).toList(), line -> String.valueOf(line.id()));
    }

    private CourseState chosen() {
        return state == null || state.isEmpty() ? null : CourseState.valueOf(state);
    }

    /** The list as the state filter now stands, from its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("courses:list") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String editor(CourseLine line) {
        return "course.xhtml?id=" + line.id();
    }

    public String getPageReport() {
        return language.text("stories.pageReport", "{currentPage}", "{totalPages}");
    }

    public List<String> getStates() {
        return Arrays.stream(CourseState.values()).map(Enum::name).toList();
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

    public LazyRows<CourseLine> getRows() {
        return rows;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
