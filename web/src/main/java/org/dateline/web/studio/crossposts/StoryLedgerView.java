package org.dateline.web.studio.crossposts;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.StoryPreview;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story's cross-posts ({@code /studio/crossposts/story.xhtml?office=san-jose&id=42}): where it is
 * requested, approved, live, declined or withdrawn, who asked, who decided, when; "Share with other
 * offices" (offices of the story's region, with a note) and withdrawing one cross-post or all of
 * them. The origin's staff and the region's editors see it; what each may do the boundary decides,
 * and the page offers only what it would allow.
 */
@Named
@ViewScoped
public class StoryLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An office the story can be shared with. */
    public record Target(String slug, String name) implements Serializable {
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
    private long id;
    private String officeName;
    private StoryPreview story;
    private List<CrossPostLine> lines = List.of();
    private List<Target> targets = List.of();
    private List<String> chosen = new ArrayList<>();
    private String note;
    private boolean originEditor;
    private boolean regional;
    private CrossPostLine withdrawing;
    private String withdrawNote;

    public void open() {
        Caller caller = identities.current();
        if (office == null || office.isBlank()) {
            office = desk.officeOf(caller).orElse(null);
        }
        Office origin = office == null ? null : offices.bySlug(office).orElse(null);
        if (origin == null || id <= 0) {
            language.error("xp.refused.NO_SUCH_STORY");
            return;
        }
        officeName = origin.name();
        originEditor = caller.has(office, Role.EDITOR);
        regional = caller.regionalEditorOf().contains(origin.region());
        try {
            story = crossPosts.heading(office, id);
        } catch (RuntimeException refused) {
            tell(refused);
            return;
        }
        refresh();
    }

    private void refresh() {
        Office origin = offices.bySlug(office).orElseThrow();
        lines = crossPosts.ledgerLines(office, id);
        Set<String> taken = lines.stream().filter(l -> !CrossPostAction.REQUEST.startsFrom(l.state())).map(CrossPostLine::targetOffice)
                .collect(Collectors.toSet());
        targets = offices.all().stream().filter(o -> o.region().equals(origin.region()) && !o.slug().equals(office)
                && !taken.contains(o.slug())).map(o -> new Target(o.slug(), o.name())).toList();
    }

    public void share() {
        if (chosen == null || chosen.isEmpty()) {
            language.error("xp.refused.NO_TARGETS");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            List<CrossPost> requested = crossPosts.offer(office, id, chosen, note);
            language.info("xp.story.shared", requested.stream().map(c -> words.officeName(c.targetOffice())).collect(Collectors.joining(", ")));
            chosen = new ArrayList<>();
            note = null;
        } catch (RuntimeException refused) {
            tell(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
        refresh();
    }

    public void startWithdrawing(CrossPostLine line) {
        withdrawing = line;
        withdrawNote = null;
    }

    public void withdraw() {
        try {
            crossPosts.withdraw(withdrawing.id(), withdrawing.version(), withdrawNote);
            language.info("xp.story.withdrawn", withdrawing.targetName());
        } catch (RuntimeException refused) {
            tell(refused);
        }
        withdrawing = null;
        refresh();
    }

    public void withdrawEverywhere() {
        try {
            List<CrossPost> withdrawn = crossPosts.withdrawEverywhere(office, id, withdrawNote);
            if (withdrawn.isEmpty()) {
                language.warn("xp.story.nothingToWithdraw");
            } else {
                language.info("xp.story.withdrawnEverywhere",
                        withdrawn.stream().map(c -> words.officeName(c.targetOffice())).collect(Collectors.joining(", ")));
            }
        } catch (RuntimeException refused) {
            tell(refused);
        }
        withdrawNote = null;
        refresh();
    }

    private void tell(RuntimeException refused) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, words.refusal(refused), null));
    }

    /** Whether the person may withdraw this one: an editor of the origin or of the target, or the region's editor. */
    public boolean canWithdraw(CrossPostLine line) {
        if (!CrossPostAction.WITHDRAW.startsFrom(line.state())) {
            return false;
        }
        Caller caller = identities.current();
        return originEditor || regional || caller.has(line.targetOffice(), Role.EDITOR);
    }

    public boolean isAnyToWithdraw() {
        return lines.stream().anyMatch(this::canWithdraw);
    }

    public String asked(CrossPostLine line) {
        return words.at(line.requestedAt(), line.askingZone(), line.askingName());
    }

    public String decided(CrossPostLine line) {
        return words.at(line.decidedAt(), line.targetZone(), line.targetName());
    }

    /** Since when the copy is live, or when it is due (a release time), at the target. */
    public String live(CrossPostLine line) {
        if (line.liveSince() != null) {
            return words.at(line.liveSince(), line.targetZone(), line.targetName());
        }
        if (line.releaseAt() != null) {
            return language.text("xp.story.releaseAt", words.at(line.releaseAt(), line.targetZone(), line.targetName()));
        }
        return "";
    }

    public String ended(CrossPostLine line) {
        if (line.endedAt() == null) {
            return "";
        }
        String by = line.endedBy() == null || "server".equals(line.endedBy()) ? language.text("xp.story.byTheOrigin") : line.endedBy();
        return by + ", " + words.at(line.endedAt(), line.targetZone(), line.targetName());
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getOfficeName() {
        return officeName;
    }

    public StoryPreview getStory() {
        return story;
    }

    public List<CrossPostLine> getLines() {
        return lines;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isOriginEditor() {
        return originEditor;
    }

    public CrossPostLine getWithdrawing() {
        return withdrawing;
    }

    public String getWithdrawNote() {
        return withdrawNote;
    }

    public void setWithdrawNote(String withdrawNote) {
        this.withdrawNote = withdrawNote;
    }
}
