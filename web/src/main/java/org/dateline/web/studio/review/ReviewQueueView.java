package org.dateline.web.studio.review;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.identity.boundary.Colleagues;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.Desk;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeClock;
import org.dateline.web.studio.StudioLanguage;
import org.dateline.workflow.boundary.Reviews;
import org.dateline.workflow.entity.ReviewLine;
import org.dateline.workflow.entity.ReviewOutcome;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's review queue ({@code /studio/review.xhtml}), for its editors: the stories in review,
 * longest-waiting first, a page at a time; publishing several, or sending several back with one
 * comment. Each story is taken on its own by the boundary; the page then says, story by story,
 * which were done and why the others were not, in the editor's language.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of one story of a bulk action, as the page says it. */
    public record Outcome(long storyId, String title, boolean done, String text) implements Serializable {
    }

    @EJB
    Reviews reviews;

    @EJB
    Colleagues colleagues;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    Desk desk;

    @Inject
    StudioLanguage language;

    private String office;
    private String officeName = "";
    private boolean editor;
    private OfficeClock clock;
    private Map<String, String> names = Map.of();
    private LazyRows<ReviewLine> queue;
    private List<ReviewLine> selected = new ArrayList<>();
    private String comment;
    private List<Outcome> outcomes = List.of();

    public void load() {
        Caller caller = callers.current();
        office = desk.officeOf(caller).orElse(null);
        editor = office != null && caller.has(office, Role.EDITOR);
        if (!editor) {
            language.error("review.notEditor");
            return;
        }
        Office where = offices.get(office);
        officeName = where.name();
        clock = OfficeClock.of(where, language.getLocale());
        names = new HashMap<>(colleagues.namesIn(office));
        String in = office;
        queue = new LazyRows<>(() -> reviews.queueLength(in), (first, size) -> reviews.queue(in, first, size),
                line -> Long.toString(line.storyId()));
    }

    public void publish() {
        List<ReviewLine> chosen = chosen();
        if (chosen == null) {
            return;
        }
        try {
            report(chosen, reviews.publishAll(office, seen(chosen)), "review.published", "review.publishedCount");
        } catch (NotAllowed e) {
            language.error("review.notEditor");
        }
    }

    public void requestChanges() {
        List<ReviewLine> chosen = chosen();
        if (chosen == null) {
            return;
        }
        if (comment == null || comment.isBlank()) {
            language.error("review.commentRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            report(chosen, reviews.requestChangesOfAll(office, seen(chosen), comment), "review.sentBack", "review.sentBackCount");
            comment = null;
        } catch (NotAllowed e) {
            language.error("review.notEditor");
        } catch (InvalidStory e) {
            language.error("review.commentRequired");
        }
    }

    private List<ReviewLine> chosen() {
        if (selected == null || selected.isEmpty()) {
            language.warn("review.noneSelected");
            return null;
        }
        return List.copyOf(selected);
    }

    private static List<Reviews.Seen> seen(List<ReviewLine> lines) {
        return lines.stream().map(l -> new Reviews.Seen(l.storyId(), l.version())).toList();
    }

    private void report(List<ReviewLine> chosen, List<ReviewOutcome> results, String doneKey, String countKey) {
        Map<Long, String> titles = new HashMap<>();
        chosen.forEach(l -> titles.put(l.storyId(), l.title()));
        List<Outcome> said = new ArrayList<>();
        for (ReviewOutcome result : results) {
            String title = titles.getOrDefault(result.storyId(), "#" + result.storyId());
            said.add(result.isDone() ? new Outcome(result.storyId(), title, true, language.text(doneKey, title))
                    : new Outcome(result.storyId(), title, false, language.text("review.notDone", title, why(result))));
        }
        outcomes = said;
        long done = said.stream().filter(Outcome::done).count();
        if (done == said.size()) {
            language.info(countKey, done, said.size());
        } else {
            language.warn(countKey, done, said.size());
        }
        selected = new ArrayList<>();
    }

    private String why(ReviewOutcome result) {
        return switch (result.refusal()) {
            case NOT_IN_STATE -> result.changedBy() == null
                    ? language.text("review.refused.NOT_IN_STATE", language.text("state." + result.state().name()))
                    : language.text("review.refused.MOVED", language.text("state." + result.state().name()), name(result.changedBy()));
            case CHANGED_SINCE -> language.text("review.refused.CHANGED_SINCE", name(result.changedBy()));
            case NOT_ALLOWED -> language.text("review.refused.NOT_ALLOWED");
            case NOT_FOUND -> language.text("review.refused.NOT_FOUND");
            case INVALID, FAILED -> language.text("review.refused.FAILED", result.detail());
        };
    }

    public String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public String when(Instant instant) {
        return clock == null ? "" : clock.when(instant);
    }

    public String iso(Instant instant) {
        return clock == null ? "" : clock.iso(instant);
    }

    /** How long a story has waited, in the largest unit that fits ("3 hours"). */
    public String waited(Instant since) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, Instant.now());
        if (waited.toDays() > 0) {
            return language.text("review.waited.days", waited.toDays());
        }
        if (waited.toHours() > 0) {
            return language.text("review.waited.hours", waited.toHours());
        }
        return language.text("review.waited.minutes", Math.max(0, waited.toMinutes()));
    }

    public String getOffice() {
        return office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public boolean isEditor() {
        return editor;
    }

    public LazyRows<ReviewLine> getQueue() {
        return queue;
    }

    public List<ReviewLine> getSelected() {
        return selected;
    }

    public void setSelected(List<ReviewLine> selected) {
        this.selected = selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }
}
