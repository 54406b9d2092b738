package org.dateline.articles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.StoryLines;
import org.dateline.articles.entity.OfficeDesk;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryChoices;
import org.dateline.articles.entity.StoryCursor;
import org.dateline.articles.entity.StoryFilter;
import org.dateline.articles.entity.StoryLine;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.articles.entity.Topic;
import org.dateline.identity.control.Callers;
import org.dateline.identity.control.PersonNames;
import org.dateline.identity.entity.Caller;
import org.dateline.placements.control.Placing;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.workflow.entity.EditorialState;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An office's stories as its staff see them, drafts included. Changing them is the
 * {@link org.dateline.workflow.boundary.Editorial} boundary's job.
 */
@Stateless
public class Stories {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Placing placing;

    @Inject
    Offices offices;

    @Inject
    StoryLines lines;

    @Inject
    PersonNames names;

    /** How many stories a panel of the desk lists; its count says how many there are in all. */
    public static final int DESK_LINES = 8;
    /** What the desk counts as recently published. */
    public static final Duration RECENT = Duration.ofDays(7);
    /** The most lines a page of the stories list may ask for. */
    public static final int MAX_LINES = 100;

    Clock clock = Clock.systemUTC();

    public Story find(String office, long id) {
        EntityManager em = staffOf(office);
        Story story = em.find(Story.class, id);
        if (story == null) {
            throw new StoryNotFound(office, id);
        }
        return story;
    }

    /**
     * Everything the story editor shows, read at once: the story with its working and live revisions,
     * its revisions, and its translation's working revision (or null).
     */
    public record Opened(Story story, Revision working, Revision live, List<Revision> revisions, Story translation,
                         Revision translationWorking) {
    }

    public Opened open(String office, long id) {
        EntityManager em = staffOf(office);
        Story story = em.createNamedQuery(Story.OPEN, Story.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFound(office, id));
        List<Revision> revisions = em.createNamedQuery(Revision.OF_STORY, Revision.class).setParameter("story", story).getResultList();
        Story translation = story.translationId() == null ? null
                : em.createNamedQuery(Story.OPEN, Story.class).setParameter("id", story.translationId()).getResultStream()
                .findFirst().orElse(null);
        return new Opened(story, story.working(), story.live(), revisions, translation,
                translation == null ? null : translation.working());
    }

    /** The names of the office's topics, in order, for the editor's suggestions. */
    public List<String> topicNames(String office) {
        return staffOf(office).createNamedQuery(Topic.ALL, Topic.class).getResultStream().map(Topic::name).toList();
    }

    public Revision working(String office, long id) {
        Story story = find(office, id);
        return tenancy.of(office).find(Revision.class, story.workingRevisionId());
    }

    public Optional<Revision> live(String office, long id) {
        Story story = find(office, id);
        return Optional.ofNullable(story.liveRevisionId()).map(r -> tenancy.of(office).find(Revision.class, r));
    }

    public List<Revision> revisions(String office, long id) {
        Story story = find(office, id);
        return tenancy.of(office).createNamedQuery(Revision.OF_STORY, Revision.class).setParameter("story", story).getResultList();
    }

    /**
     * The story's working revision as its office's site would show it once published (for the
     * studio's preview, which only the office's staff may open).
     */
    public Placement preview(String office, long id) {
        Story story = find(office, id);
        Instant now = Instant.now();
        Office where = offices.get(office);
        return placing.preview(office, story.working(), story.firstPublishedAt() == null ? now : story.firstPublishedAt(),
                where.zone(), now);
    }

    public List<Story> recent(String office, int limit) {
        return staffOf(office).createNamedQuery(Story.RECENT, Story.class).setMaxResults(limit).getResultList();
    }

    public List<Story> inState(String office, EditorialState state, int limit) {
        return staffOf(office).createNamedQuery(Story.IN_STATE, Story.class).setParameter("state", state)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The caller's desk in the office, read in one transaction: their drafts, the stories in review
     * (for an editor), the changes asked of them, what is scheduled to go live or come off the site,
     * and what went live in the last {@link #RECENT}. Each panel is one indexed query of the story
     * table, plus a count only when the panel is full; the lines of all panels are one more query.
     */
    public OfficeDesk desk(String office) {
        Caller caller = callers.current();
        EntityManager em = staffOf(office);
        String me = caller.name();
        Instant since = clock.instant().minus(RECENT);
        List<Long> drafts = lines.firstInState(em, EditorialState.DRAFT, me, false, DESK_LINES);
        List<Long> review = caller.has(office, Role.EDITOR) ? lines.firstInState(em, EditorialState.IN_REVIEW, null, true, DESK_LINES) : null;
        List<Long> changes = lines.firstInState(em, EditorialState.CHANGES_REQUESTED, me, false, DESK_LINES);
        List<Long> publications = lines.firstScheduled(em, DESK_LINES);
        List<Long> takeDowns = lines.firstTakeDowns(em, DESK_LINES);
        List<Long> published = lines.firstPublishedSince(em, since, DESK_LINES);
        List<Long> all = new ArrayList<>(drafts);
        all.addAll(review == null ? List.of() : review);
        all.addAll(changes);
        all.addAll(publications);
        all.addAll(takeDowns);
        all.addAll(published);
        Map<Long, StoryLine> shown = lines.byId(em, all, names(office));
        return new OfficeDesk(
                panel(drafts, shown, () -> lines.countInState(em, EditorialState.DRAFT, me)),
                review == null ? null : panel(review, shown, () -> lines.countInState(em, EditorialState.IN_REVIEW, null)),
                panel(changes, shown, () -> lines.countInState(em, EditorialState.CHANGES_REQUESTED, me)),
                scheduled(publications, takeDowns, shown, em),
                panel(published, shown, () -> lines.countPublishedSince(em, since)));
    }

    /** Publications and take-downs to come, soonest first. */
    private OfficeDesk.Panel scheduled(List<Long> publications, List<Long> takeDowns, Map<Long, StoryLine> shown, EntityManager em) {
        long count = (publications.size() < DESK_LINES ? publications.size() : lines.countInState(em, EditorialState.SCHEDULED, null))
                + (takeDowns.size() < DESK_LINES ? takeDowns.size() : lines.countTakeDowns(em));
        List<StoryLine> both = new ArrayList<>(inOrder(publications, shown));
        both.addAll(inOrder(takeDowns, shown));
        both.sort(Comparator.comparing(Stories::nextEvent));
        return new OfficeDesk.Panel(count, both.subList(0, Math.min(DESK_LINES, both.size())));
    }

    private static List<StoryLine> inOrder(List<Long> ids, Map<Long, StoryLine> shown) {
        return ids.stream().map(shown::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Instant nextEvent(StoryLine line) {
        if (line.scheduledFor() == null) {
            return line.unpublishAt();
        }
        return line.unpublishAt() == null || line.scheduledFor().isBefore(line.unpublishAt()) ? line.scheduledFor() : line.unpublishAt();
    }

    private static OfficeDesk.Panel panel(List<Long> first, Map<Long, StoryLine> shown, java.util.function.LongSupplier count) {
        return new OfficeDesk.Panel(first.size() < DESK_LINES ? first.size() : count.getAsLong(), inOrder(first, shown));
    }

    /**
     * A page of the office's stories that the filter lets through, newest change first: those after
     * the cursor (null: from the first story), skipping {@code skip} more, at most {@code limit}
     * (up to {@link #MAX_LINES}). A page read by cursor costs the same wherever it is in the list.
     */
    public List<StoryLine> lines(String office, StoryFilter filter, StoryCursor after, int skip, int limit) {
        EntityManager em = staffOf(office);
        return lines.page(em, filter == null ? StoryFilter.ALL : filter, after, skip, Math.max(1, Math.min(limit, MAX_LINES)),
                clock.instant(), names(office));
    }

    /** How many of the office's stories the filter lets through. */
    public long count(String office, StoryFilter filter) {
        return lines.count(staffOf(office), filter == null ? StoryFilter.ALL : filter, clock.instant());
    }

    /** What the stories list offers to filter by: the people who started the office's stories, by name; its topics; its languages. */
    public StoryChoices choices(String office) {
        EntityManager em = staffOf(office);
        Map<String, String> known = names.of(office);
        Collator byName = Collator.getInstance(Locale.ROOT);
        List<StoryChoices.Option> authors = lines.authors(em).stream()
                .map(username -> new StoryChoices.Option(username, known.getOrDefault(username, username)))
                .sorted(Comparator.comparing(StoryChoices.Option::label, byName)).toList();
        List<StoryChoices.Option> topics = em.createNamedQuery(Topic.ALL, Topic.class).getResultList().stream()
                .map(topic -> new StoryChoices.Option(topic.slug(), topic.name())).toList();
        return new StoryChoices(authors, topics, offices.get(office).languages());
    }

    private Function<String, String> names(String office) {
        Map<String, String> known = names.of(office);
        return username -> known.getOrDefault(username, username);
    }

    private EntityManager staffOf(String office) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read the office's stories");
        return tenancy.of(office);
    }
}
