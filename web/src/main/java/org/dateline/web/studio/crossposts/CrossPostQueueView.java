package org.dateline.web.studio.crossposts;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.StoryPreview;
import org.dateline.identity.boundary.Identities;
import org.dateline.identity.entity.Caller;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The regional editor's queue ({@code /studio/crossposts/queue.xhtml}): the region's requests
 * waiting for a decision, oldest first, with the story's preview; approving one (at once or at a
 * release time in the target office's zone) or declining it with a note, or several at once, each
 * on its own, the page saying which were done and why the others were not; and the region's
 * history. Everything is decided by {@link CrossPosts}, which checks the person's region again.
 */
@Named
@ViewScoped
public class CrossPostQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What came of one of several decisions, as the page lists it. */
    public record Result(String title, String target, boolean done, String why) implements Serializable {
    }

    @EJB
    CrossPosts crossPosts;

    @EJB
    Identities identities;

    @Inject
    CrossPostWords words;

    @Inject
    StudioLanguage language;

    private String regions;
    private boolean regional;
    private final Lines<CrossPostLine> waiting = new Lines<>(() -> crossPosts.waitingCount(), (f, m) -> crossPosts.waiting(f, m),
            line -> String.valueOf(line.id()));
    private final Lines<CrossPostLine> history = new Lines<>(() -> crossPosts.historyCount(), (f, m) -> crossPosts.history(f, m),
            line -> String.valueOf(line.id()));
    private List<CrossPostLine> selected = new ArrayList<>();
    private CrossPostLine deciding;
    private StoryPreview preview;
    private CrossPostLine previewed;
    private LocalDateTime releaseAt;
    private String note;
    private List<Result> results = List.of();
    private boolean resultsOfApproval;

    public void open() {
        Caller caller = identities.current();
        regional = !caller.regionalEditorOf().isEmpty();
        regions = caller.regionalEditorOf().stream().sorted().map(language::regionName).collect(Collectors.joining(", "));
        if (!regional) {
            language.error("xp.queue.notRegional");
        }
    }

    public void showPreview(CrossPostLine line) {
        try {
            preview = crossPosts.preview(line.id());
            previewed = line;
        } catch (RuntimeException refused) {
            preview = null;
            tell(refused);
        }
    }

    public void startApproving(CrossPostLine line) {
        deciding = line;
        releaseAt = null;
        note = null;
    }

    public void startDeclining(CrossPostLine line) {
        deciding = line;
        note = null;
    }

    public void approve() {
        try {
            crossPosts.approve(deciding.id(), deciding.version(), releaseAt, note);
            if (releaseAt == null) {
                language.info("xp.queue.approved", deciding.title(), deciding.targetName());
            } else {
                language.info("xp.queue.approvedAt", deciding.title(), deciding.targetName(),
                        words.at(releaseAt.atZone(deciding.targetZone()).toInstant(), deciding.targetZone(), deciding.targetName()));
            }
            done();
        } catch (RuntimeException refused) {
            tell(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void decline() {
        try {
            crossPosts.decline(deciding.id(), deciding.version(), note);
            language.info("xp.queue.declined", deciding.title(), deciding.targetName());
            done();
        } catch (RuntimeException refused) {
            tell(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void approveSelected() {
        decideSelected(true);
    }

    public void declineSelected() {
        decideSelected(false);
    }

    private void decideSelected(boolean approving) {
        if (selected == null || selected.isEmpty()) {
            language.warn("xp.queue.noneSelected");
            return;
        }
        if (!approving && (note == null || note.isBlank())) {
            language.error("xp.refused.NOTE_REQUIRED");
            return;
        }
        List<CrossPosts.Decision> decisions = selected.stream().map(l -> new CrossPosts.Decision(l.id(), l.version())).toList();
        List<CrossPosts.Outcome> outcomes = approving ? crossPosts.approveAll(decisions, note) : crossPosts.declineAll(decisions, note);
        Map<Long, CrossPostLine> byId = selected.stream().collect(Collectors.toMap(CrossPostLine::id, Function.identity()));
        results = outcomes.stream().map(o -> {
            CrossPostLine line = byId.get(o.crossPostId());
            return new Result(line.title(), line.targetName(), o.done(), o.done() ? null : words.refusal(o));
        }).toList();
        resultsOfApproval = approving;
        long done = results.stream().filter(Result::done).count();
        String key = approving ? "xp.queue.bulkApproved" : "xp.queue.bulkDeclined";
        if (done == results.size()) {
            language.info(key, done, results.size());
        } else {
            language.warn(key, done, results.size());
        }
        done();
    }

    private void done() {
        selected = new ArrayList<>();
        deciding = null;
        releaseAt = null;
        note = null;
        preview = null;
        previewed = null;
    }

    private void tell(RuntimeException refused) {
        FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, words.refusal(refused), null));
    }

    /** When a request was made, at the office that asked. */
    public String asked(CrossPostLine line) {
        return words.at(line.requestedAt(), line.askingZone(), line.askingName());
    }

    /** The latest step of a cross-post of the history, at the target office. */
    public String changed(CrossPostLine line) {
        return switch (line.state()) {
            case REQUESTED -> asked(line);
            case APPROVED, DECLINED -> words.at(line.decidedAt(), line.targetZone(), line.targetName());
            case LIVE -> words.at(line.liveSince(), line.targetZone(), line.targetName());
            case WITHDRAWN -> words.at(line.endedAt(), line.targetZone(), line.targetName());
        };
    }

    /** Who took the latest step. */
    public String changedBy(CrossPostLine line) {
        return switch (line.state()) {
            case REQUESTED -> line.requestedBy();
            case APPROVED, DECLINED, LIVE -> line.decidedBy();
            case WITHDRAWN -> line.endedBy() == null || "server".equals(line.endedBy()) ? "" : line.endedBy();
        };
    }

    public String getRegions() {
        return regions;
    }

    public boolean isRegional() {
        return regional;
    }

    public Lines<CrossPostLine> getWaiting() {
        return waiting;
    }

    public Lines<CrossPostLine> getHistory() {
        return history;
    }

    public List<CrossPostLine> getSelected() {
        return selected;
    }

    public void setSelected(List<CrossPostLine> selected) {
        this.selected = selected;
    }

    public CrossPostLine getDeciding() {
        return deciding;
    }

    public StoryPreview getPreview() {
        return preview;
    }

    public CrossPostLine getPreviewed() {
        return previewed;
    }

    public LocalDateTime getReleaseAt() {
        return releaseAt;
    }

    public void setReleaseAt(LocalDateTime releaseAt) {
        this.releaseAt = releaseAt;
    }

    /** The target office's zone, for the release time's field. */
    public String getReleaseZone() {
        return deciding == null ? "" : language.text("xp.queue.releaseZone", deciding.targetName(), deciding.targetZone().getId());
    }

    public ZoneId getTargetZone() {
        return deciding == null ? ZoneId.of("UTC") : deciding.targetZone();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Result> getResults() {
        return results;
    }

    public boolean isResultsOfApproval() {
        return resultsOfApproval;
    }
}
