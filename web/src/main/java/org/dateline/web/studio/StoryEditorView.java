package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Edit;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.StoryConflict;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The story editor: title, dateline, lead and body, saved and submitted through the editorial
 * boundary with the version the person loaded. A save over someone else's change is refused with
 * the conflict shown, and the person's text is kept as a revision. The page keeps an unsaved copy
 * of the text in the browser (studio.js), so that a sign-in that lapsed loses nothing.
 * The story's id and version travel in the form, so a new view of the page still knows them.
 */
@Named
@ViewScoped
public class StoryEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Identities identities;

    @EJB
    Stories stories;

    @EJB
    Editorial editorial;

    @Inject
    Desk desk;

    private String office;
    private String person;
    private Long id;
    private int version;
    private String state = "New";
    private String title;
    private String dateline;
    private String lead;
    private String body;
    /** The text as last loaded from the server, to tell whether the person has changed it since. */
    private List<String> loaded = List.of();

    public void open() throws IOException {
        Caller caller = identities.current();
        person = caller.name();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> where = desk.officeOf(caller);
        if (where.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            return;
        }
        office = where.get();
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                load(stories.find(office, id));
            } catch (StoryNotFound | NotAllowed e) {
                error(e.getMessage());
                id = null;
            }
        }
    }

    private void load(Story story) {
        Revision working = stories.working(office, story.id());
        id = story.id();
        version = story.version();
        state = StudioView.stateName(story.state());
        title = working.title();
        dateline = working.dateline();
        lead = working.lead();
        body = working.body();
        loaded = text();
    }

    private List<String> text() {
        return Stream.of(title, dateline, lead, body).map(StoryEditorView::normalized).toList();
    }

    /** Browsers send a text area's line breaks as CR LF. */
    private static String normalized(String field) {
        return field == null ? "" : field.replace("\r\n", "\n").strip();
    }

    /** Saves the text: a new story, or a new revision over the version the person loaded. */
    public void save() {
        boolean created = id == null;
        if (written()) {
            info(created ? "Story saved. It is a draft until you submit it for review." : "Saved.");
        }
    }

    /** Writes the text to the server; false when it was refused, with the reasons shown. */
    private boolean written() {
        try {
            Content content = new Content(title, dateline, null, lead, body, null, List.of());
            // the page edits these four fields only: the story's other fields stay as they are
            Story saved = id == null ? editorial.create(office, content)
                    : editorial.revise(office, id, version, Edit.of(content, EnumSet.of(Edit.Field.TITLE, Edit.Field.DATELINE,
                    Edit.Field.LEAD, Edit.Field.BODY)));
            load(saved);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().addCallbackParam("storyId", id);
            return true;
        } catch (StoryConflict e) {
            error(e.getMessage() + " Reload the story to see the current text.");
        } catch (InvalidStory e) {
            e.problems().forEach(this::error);
        } catch (NotAllowed | IllegalTransition | StoryNotFound e) {
            error(e.getMessage());
        }
        return false;
    }

    /**
     * Submits the story for review, with the text as the page shows it: what the person typed and
     * did not save yet is saved first, so that the editor reviews what the author sees.
     */
    public void submit() {
        boolean unsaved = id == null || !text().equals(loaded);
        if (unsaved && !written()) {
            return;
        }
        try {
            load(editorial.submitForReview(office, id, version));
            info(unsaved ? "Saved and submitted for review." : "Submitted for review.");
        } catch (StoryConflict e) {
            error(e.getMessage() + " Reload the story to see the current text.");
        } catch (NotAllowed | IllegalTransition | StoryNotFound e) {
            error(e.getMessage());
        }
    }

    private void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * The key of this story's unsaved copy in the browser: the person's own (another person signing
     * in on the same browser does not see it, and signing out removes it), then office and story.
     */
    public String getDraftKey() {
        return draftPrefix(person) + office + "." + (id == null ? "new" : id);
    }

    /** What the keys of a person's unsaved copies begin with. */
    static String draftPrefix(String person) {
        return "dateline.draft." + person + ".";
    }

    public String getOffice() {
        return office;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
