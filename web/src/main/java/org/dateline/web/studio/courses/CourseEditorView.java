package org.dateline.web.studio.courses;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.courses.boundary.Courses;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseAction;
import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseFormat;
import org.dateline.courses.entity.CourseState;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.OfficeTime;
import org.dateline.web.studio.Refusals;
import org.dateline.web.studio.StudioLanguage;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One course of the office: a new one ({@code course.xhtml}) or an existing one
 * ({@code course.xhtml?id=…}), every field, and the workflow's buttons that the person's roles and
 * the course's state allow. Each change is sent with the version the page was loaded at, so a
 * change someone else made meanwhile is refused rather than overwritten.
 */
@Named("courseEditor")
@ViewScoped
public class CourseEditorView implements Serializable {

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

    @Inject
    Refusals refusals;

    private String officeSlug;
    private String officeName;
    private OfficeTime time;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long id;
    private int version;
    private CourseState state;
    private String updatedBy;
    private Instant updatedAt;

    private String title;
    private String provider;
    private String summary;
    private String courseLanguage;
    private String topics;
    private String format = CourseFormat.ONLINE.name();
    private String link;
    private String startsOn;
    private String endsOn;
    private boolean certificate;

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
        roles = EnumSet.noneOf(Role.class);
        roles.addAll(caller.rolesIn(officeSlug));
        courseLanguage = where.mainLanguage();
        String asked = external.getRequestParameterMap().get("id");
        if (asked != null && asked.matches("\\d{1,18}")) {
            try {
                show(courses.course(officeSlug, Long.parseLong(asked)));
            } catch (RuntimeException refused) {
                refused(refused);
            }
        }
    }

    private void show(Course course) {
        id = course.id();
        version = course.version();
        state = course.state();
        updatedBy = course.updatedBy();
        updatedAt = course.updatedAt();
        title = course.title();
        provider = course.provider();
        summary = course.summary();
        courseLanguage = course.language();
        topics = String.join(", ", course.topics());
        format = course.format().name();
        link = course.link();
        startsOn = course.startsOn() == null ? null : course.startsOn().toString();
        endsOn = course.endsOn() == null ? null : course.endsOn().toString();
        certificate = course.certificate();
    }

    /** Whether the person may take the action on the course as the page shows it. */
    public boolean may(String action) {
        CourseAction asked = CourseAction.valueOf(action);
        boolean hasRole = asked.roles().stream().anyMatch(roles::contains);
        return hasRole && (state == null ? asked == CourseAction.CREATE : asked.startsFrom(state));
    }

    /** Whether the person may save the fields: create a course, or revise this one in its state. */
    public boolean isEditable() {
        return may(state == null ? CourseAction.CREATE.name() : CourseAction.revisionIn(state).name());
    }

    public String save() {
        Optional<CourseContent> content = content();
        if (content.isEmpty()) {
            return null;
        }
        try {
            boolean created = id == null;
            Course saved = created ? courses.create(officeSlug, content.get()) : courses.revise(officeSlug, id, version, content.get());
            show(saved);
            if (created) {
                return "course.xhtml?faces-redirect=true&id=" + saved.id();
            }
            say("course.saved");
        } catch (RuntimeException refused) {
            refused(refused);
        }
        return null;
    }

    public void submit() {
        take(() -> courses.submitForReview(officeSlug, id, version), "course.submitted");
    }

    public void withdraw() {
        take(() -> courses.withdraw(officeSlug, id, version), "course.withdrawn");
    }

    public void publish() {
        take(() -> courses.publish(officeSlug, id, version), "course.published");
    }

    public void unpublish() {
        take(() -> courses.unpublish(officeSlug, id, version), "course.unpublished");
    }

    private void take(java.util.function.Supplier<Course> action, String done) {
        if (id == null) {
            return;
        }
        try {
            show(action.get());
            say(done);
        } catch (RuntimeException refused) {
            refused(refused);
        }
    }

    /** The fields as a course's content; none when a date cannot be read (said next to it). */
    private Optional<CourseContent> content() {
        LocalDate start;
        LocalDate end;
        try {
            start = date(startsOn);
        } catch (DateTimeParseException e) {
            error("course:starts", language.text("course.badDate"));
            return Optional.empty();
        }
        try {
            end = date(endsOn);
        } catch (DateTimeParseException e) {
            error("course:ends", language.text("course.badDate"));
            return Optional.empty();
        }
        List<String> topicNames = topics == null ? List.of() : Arrays.stream(topics.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        CourseFormat chosen = format == null || format.isEmpty() ? null : CourseFormat.valueOf(format);
        return Optional.of(new CourseContent(title, provider, summary, courseLanguage, topicNames, chosen, link, start, end,
                certificate));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private void refused(RuntimeException refused) {
        Function<String, String> noField = field -> null;
        if (!refusals.show(refused, time == null ? java.time.ZoneOffset.UTC : time.zone(), noField)) {
            throw refused;
        }
    }

    private void say(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text(key), null));
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<String> getFormats() {
        return Arrays.stream(CourseFormat.values()).map(Enum::name).toList();
    }

    public List<String> getLanguages() {
        return List.of("en", "es");
    }

    public String getOfficeName() {
        return officeName;
    }

    public OfficeTime getTime() {
        return time;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public CourseState getState() {
        return state;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCourseLanguage() {
        return courseLanguage;
    }

    public void setCourseLanguage(String courseLanguage) {
        this.courseLanguage = courseLanguage;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public boolean isCertificate() {
        return certificate;
    }

    public void setCertificate(boolean certificate) {
        this.certificate = certificate;
    }
}
