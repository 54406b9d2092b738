package org.dateline.web.studio.history;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.boundary.History;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Comparison;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.RevisionLine;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.comments.boundary.Comments;
import org.dateline.comments.entity.Comment;
import org.dateline.comments.entity.CommentKind;
import org.dateline.identity.boundary.Colleagues;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.boundary.UnknownOffice;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeClock;
import org.dateline.web.studio.StudioLanguage;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.EditorialAction;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.StoryConflict;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A story's history ({@code /studio/history.xhtml?office=…&id=…}): its timeline, its comment
 * thread (with a box to write in it), its revisions, two of them compared word by word side by
 * side, and restoring one (offered only to whoever the state machine lets restore the story where
 * it stands). Names of people, times in the office's zone and format, words in the person's
 * language; every list a page at a time.
 */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    History history;

    @EJB
    Stories stories;

    @EJB
    Comments comments;

    @EJB
    Editorial editorial;

    @EJB
    Colleagues colleagues;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    StudioLanguage language;

    private String office;
    private Long id;
    private boolean found;
    private String officeName = "";
    private String title = "";
    private EditorialState state;
    private int version;
    private Set<Role> roles = Set.of();
    private OfficeClock clock;
    private Map<String, String> names = Map.of();
    private LazyRows<AuditEvent> timeline;
    private LazyRows<Comment> thread;
    private LazyRows<RevisionLine> revisions;
    private long revisionCount;
    private Integer older;
    private Integer newer;
    private Comparison comparison;
    private String comment;

    public void load() {
        Caller caller = callers.current();
        if (office == null || office.isBlank()) {
            office = caller.offices().stream().findFirst().orElse(null);
        }
        try {
            if (office == null || id == null) {
                throw new StoryNotFound(String.valueOf(office), id == null ? 0 : id);
            }
            Office where = offices.get(office);
            officeName = where.name();
            clock = OfficeClock.of(where, language.getLocale());
            names = new HashMap<>(colleagues.namesIn(office));
            roles = caller.rolesIn(office);
            refresh();
            found = true;
            if (revisionCount > 1) {
                newer = (int) revisionCount;
                older = newer - 1;
                compareChosen();
            }
        } catch (StoryNotFound | UnknownOffice e) {
            language.error("history.notFound");
        } catch (NotAllowed e) {
            language.error("history.notAllowed");
        }
    }

    private void refresh() {
        Story story = history.story(office, id);
        state = story.state();
        version = story.version();
        title = stories.working(office, id).title();
        revisionCount = history.revisionCount(office, id);
        String in = office;
        long story1 = id;
        timeline = new LazyRows<>(() -> history.timelineLength(in, story1), (first, size) -> history.timeline(in, story1, first, size),
                e -> String.valueOf(e.id()));
        thread = new LazyRows<>(() -> comments.count(in, story1), (first, size) -> comments.of(in, story1, first, size),
                c -> String.valueOf(c.id()));
        revisions = new LazyRows<>(() -> history.revisionCount(in, story1), (first, size) -> history.revisions(in, story1, first, size),
                r -> String.valueOf(r.number()));
    }

    public void compareChosen() {
        if (older == null || newer == null || older.equals(newer)) {
            language.warn("history.chooseTwo");
            comparison = null;
            return;
        }
        try {
            comparison = history.compare(office, id, older, newer);
        } catch (InvalidStory e) {
            language.error("history.noSuchRevision");
            comparison = null;
        }
    }

    /** Compares a revision with the one before it. */
    public void compareWithPrevious(int number) {
        older = number - 1;
        newer = number;
        compareChosen();
    }

    public void restore(int number) {
        try {
            Story restored = editorial.restore(office, id, version, number);
            language.info("history.restored", number, restored.revisionCount());
            refresh();
            newer = (int) revisionCount;
            older = number;
            compareChosen();
        } catch (StoryConflict e) {
            language.error("history.changedSince", name(e.changedBy()));
        } catch (NotAllowed | IllegalTransition e) {
            language.error("history.cannotRestore", stateLabel(state));
        } catch (InvalidStory e) {
            language.error("history.noSuchRevision");
        }
    }

    public void post() {
        try {
            comments.write(office, id, comment);
            comment = null;
            language.info("history.commented");
            refresh();
        } catch (InvalidStory e) {
            language.error(comment == null || comment.isBlank() ? "history.commentEmpty" : "history.commentTooLong", Comment.MAX_TEXT);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotAllowed | StoryNotFound e) {
            language.error("history.notAllowed");
        }
    }

    /** Whether the state machine lets this person restore a revision of the story where it stands. */
    public boolean isMayRestore() {
        if (state == null) {
            return false;
        }
        EditorialAction action = EditorialAction.restoreIn(state);
        return action.startsFrom(state) && roles.stream().anyMatch(action.roles()::contains);
    }

    public boolean isMayEdit() {
        return roles.contains(Role.AUTHOR) || roles.contains(Role.EDITOR);
    }

    /** What an event of the timeline was, in the person's words. */
    public String what(AuditEvent event) {
        String key = "history.action." + event.action();
        String text = language.text(key);
        return text.equals(key) || text.startsWith("???") ? event.action() : text;
    }

    /** What the timeline says beside an event: the editor's own words of a request for changes, else the revision it wrote. */
    public String note(AuditEvent event) {
        if (EditorialAction.REQUEST_CHANGES.name().equals(event.action()) && event.comment() != null) {
            return event.comment();
        }
        return event.revisionNumber() == null ? "" : language.text("history.revisionNumber", event.revisionNumber());
    }

    /** Why a revision exists, in the person's words where the studio knows the reason. */
    public String revisionNote(RevisionLine revision) {
        String note = revision.note();
        if (note == null) {
            return "";
        }
        java.util.regex.Matcher restored = java.util.regex.Pattern.compile("Restored from revision (\\d+)").matcher(note);
        if (restored.matches()) {
            return language.text("history.restoredFrom", Integer.parseInt(restored.group(1)));
        }
        if (note.startsWith("Kept aside") || note.startsWith("Unsaved text")) {
            return language.text("history.keptAside");
        }
        return note;
    }

    public String stateLabel(EditorialState state) {
        return state == null ? "" : language.text("state." + state.name());
    }

    public String stateLabel(String state) {
        return state == null ? "" : language.text("state." + state);
    }

    public boolean isChangesRequest(Comment comment) {
        return comment.kind() == CommentKind.CHANGES_REQUESTED;
    }

    public String fieldLabel(String field) {
        return language.text("history.field." + field);
    }

    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (username.equals(Caller.SCHEDULER.name())) {
            return language.text("history.scheduler");
        }
        return names.getOrDefault(username, username);
    }

    public String when(Instant instant) {
        return clock == null ? "" : clock.when(instant);
    }

    public String iso(Instant instant) {
        return clock == null ? "" : clock.iso(instant);
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getTitle() {
        return title;
    }

    public EditorialState getState() {
        return state;
    }

    public LazyRows<AuditEvent> getTimeline() {
        return timeline;
    }

    public LazyRows<Comment> getThread() {
        return thread;
    }

    public LazyRows<RevisionLine> getRevisions() {
        return revisions;
    }

    public long getRevisionCount() {
        return revisionCount;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    /** What the comparison shows, for its table's caption: which two revisions, whose and when. */
    public String getCaption() {
        if (comparison == null) {
            return "";
        }
        return language.text("history.comparingBeside", side(comparison.older()), side(comparison.newer()));
    }

    private String side(RevisionLine revision) {
        return language.text("history.comparingSide", revision.number(), name(revision.author()), when(revision.at()));
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
