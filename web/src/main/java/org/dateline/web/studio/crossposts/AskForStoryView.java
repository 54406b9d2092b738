package org.dateline.web.studio.crossposts;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.StoryToShare;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.util.List;

/**
 * Asking for another office's story (a pull, {@code /studio/crossposts/ask.xhtml}): an editor of the
 * office they work in browses the published stories of another office of the region, newest first,
 * by a word of the title, and asks for one with a note; the region's editor decides.
 */
@Named
@ViewScoped
public class AskForStoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An office whose stories can be asked for. */
    public record Origin(String slug, String name) implements Serializable {
    }

    @EJB
    CrossPosts crossPosts;

    @EJB
    Identities identities;

    @EJB
    OfficeDirectory offices;

    @Inject
    CrossPostWords words;

    @Inject
    StudioLanguage language;

    @Inject
    Desk desk;

    private String office;
    private String officeName;
    private boolean editor;
    private List<Origin> origins = List.of();
    private String origin;
    private String title;
    private StoryToShare asking;
    private String note;
    private final Lines<StoryToShare> stories = new Lines<>(() -> origin == null ? 0 : crossPosts.countToAskFor(office, origin, title),
            (f, m) -> origin == null ? List.of() : crossPosts.toAskFor(office, origin, title, f, m), s -> String.valueOf(s.storyId()));

    public void open() {
        Caller caller = identities.current();
        if (office == null || office.isBlank()) {
            office = desk.officeOf(caller).orElse(null);
        }
        Office here = office == null ? null : offices.bySlug(office).orElse(null);
        editor = here != null && caller.has(office, Role.EDITOR);
        if (!editor) {
            language.error("xp.ask.notEditor", here == null ? "" : here.name());
            return;
        }
        officeName = here.name();
        origins = offices.all().stream().filter(o -> o.region().equals(here.region()) && !o.slug().equals(office))
                .map(o -> new Origin(o.slug(), o.name())).toList();
        if (origin == null && !origins.isEmpty()) {
            origin = origins.get(0).slug();
        }
    }

    public void startAsking(StoryToShare story) {
        asking = story;
        note = null;
    }

    public void ask() {
        try {
            crossPosts.ask(office, asking.originOffice(), asking.storyId(), note);
            language.info("xp.ask.asked", asking.title(), asking.originName());
        } catch (RuntimeException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, words.refusal(refused), null));
        }
        asking = null;
        note = null;
    }

    /** The story's date as its origin writes it. */
    public String date(StoryToShare story) {
        return offices.bySlug(story.originOffice()).map(o -> o.formatDate(story.publicationDate(), language.getTag()))
                .orElse(String.valueOf(story.publicationDate()));
    }

    public String standing(StoryToShare story) {
        return story.standing() == null ? "" : words.stateWord(story.standing());
    }

    /** Whether the office can ask for it: never asked for, or declined or withdrawn since. */
    public boolean askable(StoryToShare story) {
        return story.standing() == null || org.dateline.crossposting.entity.CrossPostAction.REQUEST.startsFrom(story.standing());
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

    public boolean isEditor() {
        return editor;
    }

    public List<Origin> getOrigins() {
        return origins;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Lines<StoryToShare> getStories() {
        return stories;
    }

    public StoryToShare getAsking() {
        return asking;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
