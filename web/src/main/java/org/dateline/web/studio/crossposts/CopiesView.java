package org.dateline.web.studio.crossposts;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What other offices share with the office ({@code /studio/crossposts/copies.xhtml}): every
 * cross-post to its site, newest change first; its editors take a copy down from their site, put a
 * copy live again that its origin took off and back, and file a copy under topics of their own.
 */
@Named
@ViewScoped
public class CopiesView implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private boolean staff;
    private boolean editor;
    private CrossPostLine changing;
    private String note;
    private String topics;
    private final Lines<CrossPostLine> copies = new Lines<>(() -> staff ? crossPosts.sharedWithCount(office) : 0,
            (f, m) -> staff ? crossPosts.sharedWith(office, f, m) : List.of(), l -> String.valueOf(l.id()));

    public void open() {
        Caller caller = identities.current();
        if (office == null || office.isBlank()) {
            office = desk.officeOf(caller).orElse(null);
        }
        Office here = office == null ? null : offices.bySlug(office).orElse(null);
        staff = here != null && !caller.rolesIn(office).isEmpty();
        editor = staff && caller.has(office, Role.EDITOR);
        officeName = here == null ? "" : here.name();
        if (!staff) {
            language.error("xp.copies.notStaff", officeName);
        }
    }

    public void startTakingDown(CrossPostLine line) {
        changing = line;
        note = null;
    }

    public void takeDown() {
        attempt(() -> crossPosts.withdraw(changing.id(), changing.version(), note), "xp.copies.takenDown");
    }

    public void putLiveAgain(CrossPostLine line) {
        changing = line;
        attempt(() -> crossPosts.putLiveAgain(line.id(), line.version()), "xp.copies.liveAgain");
    }

    public void startFiling(CrossPostLine line) {
        changing = line;
        topics = String.join(", ", line.targetTopics());
    }

    public void fileUnder() {
        List<String> chosen = topics == null ? List.of() : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        attempt(() -> crossPosts.fileUnder(changing.id(), changing.version(), chosen),
                chosen.isEmpty() ? "xp.copies.originsTopics" : "xp.copies.filed");
    }

    private void attempt(Runnable action, String done) {
        try {
            action.run();
            language.info(done, changing.title());
        } catch (RuntimeException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, words.refusal(refused), null));
        }
        changing = null;
        note = null;
        topics = null;
    }

    public boolean canTakeDown(CrossPostLine line) {
        return editor && (line.state() == CrossPostState.LIVE || line.state() == CrossPostState.APPROVED);
    }

    /** A copy the origin took off and put back waits for this office's editors. */
    public boolean canPutLiveAgain(CrossPostLine line) {
        return editor && line.state() == CrossPostState.APPROVED && line.killed() && line.originLive();
    }

    public boolean canFile(CrossPostLine line) {
        return editor && (line.state() == CrossPostState.LIVE || line.state() == CrossPostState.APPROVED);
    }

    public String since(CrossPostLine line) {
        return switch (line.state()) {
            case LIVE -> words.at(line.liveSince(), line.targetZone(), line.targetName());
            case WITHDRAWN -> words.at(line.endedAt(), line.targetZone(), line.targetName());
            case APPROVED, DECLINED -> words.at(line.decidedAt(), line.targetZone(), line.targetName());
            case REQUESTED -> words.at(line.requestedAt(), line.askingZone(), line.askingName());
        };
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

    public boolean isStaff() {
        return staff;
    }

    public boolean isEditor() {
        return editor;
    }

    public Lines<CrossPostLine> getCopies() {
        return copies;
    }

    public CrossPostLine getChanging() {
        return changing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
