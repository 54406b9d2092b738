package org.dateline.crossposting.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.crossposting.control.Copies;
import org.dateline.crossposting.control.CrossPostLines;
import org.dateline.identity.control.OfficePeople;
import org.dateline.identity.entity.StaffMember;
import org.dateline.notifications.control.Notifier;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.crossposting.entity.CrossPostAction.Party;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.crossposting.entity.IllegalCrossPost;
import org.dateline.crossposting.entity.StoryPreview;
import org.dateline.crossposting.entity.StoryToShare;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;
import org.dateline.workflow.entity.StoryConflict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-posting: a story of one office shown on another office's site, approved by a regional
 * editor of the region that holds both. Every action is checked here — the caller's part in the
 * cross-post (an editor of the origin, an editor of the target, a regional editor of its region),
 * the cross-post's state ({@link CrossPostAction}) and the version the caller saw — and changes the
 * cross-post, the target's site and the trails of both offices in one transaction, or refuses with
 * a domain error and changes nothing. A copy never goes live before the origin's story is live (an
 * embargo travels with it), nor before its release time, a local time of the target office that a
 * persistent timer keeps across restarts. This boundary and {@link Copies} are the one place that
 * acts across offices.
 */
@Stateless
public class CrossPosts {

    private static final Logger LOG = Logger.getLogger(CrossPosts.class.getName());
    private static final int MAX_NOTE = 1000;
    private static final String TIMER = "cross-post/";

    /**
     * What came of one of several decisions taken at once: done, or refused with the refusal's
     * English message, its reason (an {@link IllegalCrossPost.Reason}'s name, or {@code NOT_ALLOWED},
     * {@code CHANGED}, {@code FAILED}) and the reason's details, so that a page can say it in the
     * person's language.
     */
    public record Outcome(long crossPostId, boolean done, String refusal, String reason, List<String> details) {
    }

    /** One of several decisions taken at once: the cross-post and the version the regional editor saw. */
    public record Decision(long crossPostId, int version) {
    }

    @Inject
    Notifier notifier;

    @Inject
    Tenancy tenancy;

    @Inject
    OfficePeople people;

    @Inject
    Callers callers;

    @Inject
    Offices offices;

    @Inject
    Copies copies;

    @Inject
    CrossPostLines lines;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    /** For lists only: a cross-post that changes is always read through its origin's persistence context ({@link #current}). */
    @PersistenceContext(unitName = "dateline")
    EntityManager lists;

    Clock clock = Clock.systemUTC();

    /**
     * An editor of the origin asks for one of its stories to be shown on other offices' sites (push).
     * The story may still be unpublished: its copies wait for it.
     */
    public List<CrossPost> offer(String origin, long storyId, List<String> targets, String note) {
        Caller caller = callers.current();
        Office from = offices.get(origin);
        if (!caller.has(origin, Role.EDITOR)) {
            throw new NotAllowed(caller, origin, CrossPostAction.REQUEST.description());
        }
        Story story = story(origin, storyId);
        if (targets == null || targets.isEmpty()) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NO_TARGETS, "Choose at least one office to show the story on.");
        }
        List<CrossPost> requested = new ArrayList<>();
        for (String target : new LinkedHashSet<>(targets)) {
            requested.add(request(caller, from, story, offices.get(target), CrossPost.Direction.PUSH, note));
        }
        return requested;
    }

    /** An editor of the target asks for another office's published story for its own site (pull). */
    public CrossPost ask(String target, String origin, long storyId, String note) {
        Caller caller = callers.current();
        Office to = offices.get(target);
        if (!caller.has(target, Role.EDITOR)) {
            throw new NotAllowed(caller, target, CrossPostAction.REQUEST.description());
        }
        Office from = offices.get(origin);
        Story story = story(origin, storyId);
        if (!story.isLive()) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NOT_PUBLISHED,
                    "Story " + storyId + " is not published by " + from.name() + "; only a published story can be asked for.", from.name());
        }
        return request(caller, from, story, to, CrossPost.Direction.PULL, note);
    }

    private CrossPost request(Caller caller, Office from, Story story, Office to, CrossPost.Direction direction, String note) {
        if (from.slug().equals(to.slug())) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.OWN_OFFICE, "The story is " + from.name() + "'s own: it is on its site already.", from.name());
        }
        if (!from.region().equals(to.region())) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.OTHER_REGION,
                    from.name() + " and " + to.name() + " are in different regions: no regional editor could approve it.", from.name(), to.name());
        }
        Instant now = clock.instant();
        EntityManager em = tenancy.of(from.slug());
        CrossPost copy = copies.ofStory(from.slug(), story.id()).stream().filter(c -> c.targetOffice().equals(to.slug())).findFirst()
                .orElse(null);
        CrossPostState before = copy == null ? null : copy.state();
        if (copy == null) {
            copy = new CrossPost(from.region(), from.slug(), story.id(), to.slug());
            copy.requested(direction, caller.name(), now, clip(note));
            em.persist(copy);
        } else {
            em.lock(copy, LockModeType.PESSIMISTIC_WRITE);
            copy.requested(direction, caller.name(), now, clip(note));
        }
        copies.record(copy, CrossPostAction.REQUEST.name(), caller.name(), now, before, note);
        String detail = from.name() + " → " + to.name() + (note == null || note.isBlank() ? "" : ": " + clip(note));
        notifier.mail(from.slug(), people.regionalEditorsOf(from.region()).stream().map(StaffMember::username).toList(),
                story.id(), story.working().title(), NotificationKind.SHARE_REQUESTED, caller.name(), now, detail);
        return copy;
    }

    /**
     * A regional editor approves: the copy goes live on the target's site at once, or at the release
     * time (a local time of the target office), and in any case not before the origin's story is live.
     */
    public CrossPost approve(long id, int expectedVersion, LocalDateTime releaseAt, String note) {
        Caller caller = callers.current();
        CrossPost copy = current(id, expectedVersion, caller, CrossPostAction.APPROVE);
        Office target = offices.get(copy.targetOffice());
        Instant now = clock.instant();
        Instant release = null;
        if (releaseAt != null) {
            ZonedDateTime when = releaseAt.atZone(target.zone());
            if (!when.toInstant().isAfter(now)) {
                String local = when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                throw new IllegalCrossPost(IllegalCrossPost.Reason.RELEASE_PASSED,
                        "The release time " + local + " (" + target.zone() + ") has already passed.", local, target.zone().getId());
            }
            release = when.toInstant();
        }
        copy.releaseAt(release);
        copies.move(copy, CrossPostAction.APPROVE, caller.name(), now,
                release == null ? note : joined("release at " + releaseAt.atZone(target.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), note));
        Story story = story(copy.originOffice(), copy.storyId());
        tellRequester(copy, story, true, caller.name(), now, note);
        if (story.isLive() && copy.isDue(now)) {
            copies.goLive(copy, story, CrossPostAction.GO_LIVE, Copies.SERVER, now);
        } else if (release != null) {
            timers.createSingleActionTimer(Date.from(release), new TimerConfig(TIMER + copy.id(), true));
        }
        return copy;
    }

    /** A regional editor declines, saying why (the note goes to the trails of both offices). */
    public CrossPost decline(long id, int expectedVersion, String note) {
        Caller caller = callers.current();
        CrossPost copy = current(id, expectedVersion, caller, CrossPostAction.DECLINE);
        if (note == null || note.isBlank()) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NOTE_REQUIRED, "Say why the cross-post is declined.");
        }
        Instant now = clock.instant();
        copies.move(copy, CrossPostAction.DECLINE, caller.name(), now, note);
        tellRequester(copy, story(copy.originOffice(), copy.storyId()), false, caller.name(), now, note);
        return copy;
    }

    /**
     * The person who asked is told of the decision, in the transaction of the decision: in the story's
     * office when they offered it, in their own (the target) when they asked for it.
     */
    private void tellRequester(CrossPost copy, Story story, boolean approved, String by, Instant now, String note) {
        boolean offered = copy.direction() == CrossPost.Direction.PUSH;
        String office = offered ? copy.originOffice() : copy.targetOffice();
        NotificationKind kind = offered ? (approved ? NotificationKind.SHARE_APPROVED : NotificationKind.SHARE_DECLINED)
                : (approved ? NotificationKind.COPY_APPROVED : NotificationKind.COPY_DECLINED);
        String target = offices.get(copy.targetOffice()).name();
        String detail = offered ? (note == null || note.isBlank() ? target : target + ": " + note) : note;
        notifier.tell(office, java.util.List.of(copy.requestedBy()), copy.storyId(), story.working().title(), kind, by, now, detail);
    }

    /** Approves several requests at once, each on its own: each is checked and committed or refused by itself. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> approveAll(List<Decision> decisions, String note) {
        CrossPosts self = context.getBusinessObject(CrossPosts.class);
        return decisions.stream().map(d -> outcome(d, () -> self.approve(d.crossPostId(), d.version(), null, note))).toList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> declineAll(List<Decision> decisions, String note) {
        CrossPosts self = context.getBusinessObject(CrossPosts.class);
        return decisions.stream().map(d -> outcome(d, () -> self.decline(d.crossPostId(), d.version(), note))).toList();
    }

    private static Outcome outcome(Decision decision, Runnable action) {
        try {
            action.run();
            return new Outcome(decision.crossPostId(), true, null, null, List.of());
        } catch (RuntimeException refused) {
            Throwable cause = refused instanceof jakarta.ejb.EJBException && refused.getCause() != null ? refused.getCause() : refused;
            if (cause instanceof IllegalCrossPost illegal) {
                return new Outcome(decision.crossPostId(), false, illegal.getMessage(), illegal.reason().name(),
                        illegal.details().stream().map(String::valueOf).toList());
            }
            String reason = cause instanceof NotAllowed ? "NOT_ALLOWED" : cause instanceof StoryConflict ? "CHANGED" : "FAILED";
            if ("FAILED".equals(reason)) {
                LOG.log(java.util.logging.Level.WARNING, "Cross-post " + decision.crossPostId() + ": decision failed", cause);
            }
            return new Outcome(decision.crossPostId(), false, cause.getMessage(), reason, List.of());
        }
    }

    /** Takes the copy off the target's site (or the request back): the origin's editors, the target's or the region's. */
    public CrossPost withdraw(long id, int expectedVersion, String note) {
        Caller caller = callers.current();
        CrossPost copy = current(id, expectedVersion, caller, CrossPostAction.WITHDRAW);
        boolean wasLive = copy.state() == CrossPostState.LIVE;
        Instant now = clock.instant();
        copies.move(copy, CrossPostAction.WITHDRAW, caller.name(), now, note);
        if (wasLive) {
            copies.hide(copy, story(copy.originOffice(), copy.storyId()), now);
        }
        return copy;
    }

    /** Withdraws every cross-post of a story at once (from the story's ledger). */
    public List<CrossPost> withdrawEverywhere(String origin, long storyId, String note) {
        Caller caller = callers.current();
        List<CrossPost> withdrawn = new ArrayList<>();
        for (CrossPost copy : copies.ofStory(origin, storyId)) {
            if (CrossPostAction.WITHDRAW.startsFrom(copy.state())) {
                withdrawn.add(withdraw(copy.id(), copy.version(), note));
            }
        }
        if (withdrawn.isEmpty() && !canSee(caller, origin, null)) {
            throw new NotAllowed(caller, origin, CrossPostAction.WITHDRAW.description());
        }
        return withdrawn;
    }

    /** The target's editors put a copy live again after the origin took its story off and put it back. */
    public CrossPost putLiveAgain(long id, int expectedVersion) {
        Caller caller = callers.current();
        CrossPost copy = current(id, expectedVersion, caller, CrossPostAction.PUT_LIVE_AGAIN);
        Story story = story(copy.originOffice(), copy.storyId());
        if (!story.isLive()) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.ORIGIN_NOT_LIVE, "The origin's story is not live; its copy can go live once it is.");
        }
        copies.goLive(copy, story, CrossPostAction.PUT_LIVE_AGAIN, caller.name(), clock.instant());
        return copy;
    }

    /** The target's editors file their copy under topics of their own (empty: the origin's again). */
    public CrossPost fileUnder(long id, int expectedVersion, List<String> topics) {
        Caller caller = callers.current();
        CrossPost copy = current(id, expectedVersion, caller, CrossPostAction.SET_TOPICS);
        Instant now = clock.instant();
        copy.fileUnder(topics == null ? List.of() : topics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
        copies.move(copy, CrossPostAction.SET_TOPICS, caller.name(), now, String.join(", ", copy.targetTopics()));
        if (copy.state() == CrossPostState.LIVE) {
            copies.show(copy, story(copy.originOffice(), copy.storyId()), now);
        }
        return copy;
    }

    /** A release time falls due; a timer left over from a changed decision finds nothing to do. */
    @Timeout
    void release(Timer timer) {
        long id = Long.parseLong(String.valueOf(timer.getInfo()).substring(TIMER.length()));
        String origin = originOf(id);
        if (origin == null) {
            return;
        }
        EntityManager em = tenancy.of(origin);
        CrossPost copy = em.find(CrossPost.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Story story = em.find(Story.class, copy.storyId());
        if (story == null || !story.isLive() || !copy.isDue(now)) {
            LOG.fine(() -> "Cross-post " + id + ": nothing due at its timer");
            return;
        }
        copies.goLive(copy, story, CrossPostAction.GO_LIVE, Copies.SERVER, now);
        LOG.info(() -> "Cross-post " + id + " went live on " + copy.targetOffice());
    }

    /** Every cross-post of a story of the office: its ledger (for the origin's staff and the region's editors). */
    public List<CrossPost> ledger(String origin, long storyId) {
        Caller caller = callers.current();
        if (!canSee(caller, origin, null)) {
            throw new NotAllowed(caller, origin, "see where the story is cross-posted");
        }
        return copies.ofStory(origin, storyId);
    }

    /** The requests waiting for the caller's decision, oldest first, in every region they are regional editor of. */
    public List<CrossPost> queue() {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return List.of();
        }
        return lists.createNamedQuery(CrossPost.OF_REGION_IN_STATE, CrossPost.class)
                .setParameter("regions", caller.regionalEditorOf()).setParameter("state", CrossPostState.REQUESTED).getResultList();
    }

    /** Every cross-post of the caller's regions, newest change first (their ledger). */
    public List<CrossPost> ofRegions(int max) {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return List.of();
        }
        return lists.createNamedQuery(CrossPost.OF_REGION, CrossPost.class)
                .setParameter("regions", caller.regionalEditorOf()).setMaxResults(max).getResultList();
    }

    /** The cross-posts to an office's site, newest change first (for its editors: what others share with them). */
    public List<CrossPost> toOffice(String target, int max) {
        Caller caller = callers.current();
        caller.require(target, EnumSet.of(Role.AUTHOR, Role.EDITOR, Role.ADMIN), "see what other offices share");
        return lists.createNamedQuery(CrossPost.TO_TARGET, CrossPost.class).setParameter("target", target)
                .setMaxResults(max).getResultList();
    }

    /** The requests waiting for the caller's decision, as the queue lists them (oldest first), a page at a time. */
    public List<CrossPostLine> waiting(int first, int max) {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return List.of();
        }
        return lines.of(lists.createNamedQuery(CrossPost.OF_REGION_IN_STATE, CrossPost.class)
                .setParameter("regions", caller.regionalEditorOf()).setParameter("state", CrossPostState.REQUESTED)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long waitingCount() {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return 0;
        }
        return lists.createNamedQuery(CrossPost.COUNT_OF_REGION_IN_STATE, Long.class).setParameter("regions", caller.regionalEditorOf())
                .setParameter("state", CrossPostState.REQUESTED).getSingleResult();
    }

    /** Every cross-post of the caller's regions, newest change first, a page at a time (the region's ledger). */
    public List<CrossPostLine> history(int first, int max) {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return List.of();
        }
        return lines.of(lists.createNamedQuery(CrossPost.OF_REGION, CrossPost.class).setParameter("regions", caller.regionalEditorOf())
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long historyCount() {
        Caller caller = callers.current();
        if (caller.regionalEditorOf().isEmpty()) {
            return 0;
        }
        return lists.createNamedQuery(CrossPost.COUNT_OF_REGION, Long.class).setParameter("regions", caller.regionalEditorOf())
                .getSingleResult();
    }

    /** The story's ledger as its page lists it (for the origin's staff and the region's editors). */
    public List<CrossPostLine> ledgerLines(String origin, long storyId) {
        return lines.of(ledger(origin, storyId));
    }

    /** The cross-posts to an office's site, newest change first, a page at a time (for its staff). */
    public List<CrossPostLine> sharedWith(String target, int first, int max) {
        Caller caller = callers.current();
        caller.require(target, EnumSet.of(Role.AUTHOR, Role.EDITOR, Role.ADMIN), "see what other offices share");
        return lines.of(lists.createNamedQuery(CrossPost.TO_TARGET, CrossPost.class).setParameter("target", target)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long sharedWithCount(String target) {
        Caller caller = callers.current();
        caller.require(target, EnumSet.of(Role.AUTHOR, Role.EDITOR, Role.ADMIN), "see what other offices share");
        return lists.createNamedQuery(CrossPost.COUNT_TO_TARGET, Long.class).setParameter("target", target).getSingleResult();
    }

    /** The story of a cross-post as its origin has it now, for anyone who may see the cross-post (a regional editor deciding on it). */
    public StoryPreview preview(long id) {
        Caller caller = callers.current();
        String origin = originOf(id);
        CrossPost copy = origin == null ? null : tenancy.of(origin).find(CrossPost.class, id);
        if (copy == null || !canSee(caller, origin, copy)) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NO_SUCH_CROSS_POST, "There is no cross-post " + id + ".", id);
        }
        return lines.preview(origin, copy.storyId());
    }

    /** A story of the office as its ledger's page heads it, for those who may see its ledger. */
    public StoryPreview heading(String origin, long storyId) {
        Caller caller = callers.current();
        if (!canSee(caller, origin, null)) {
            throw new NotAllowed(caller, origin, "see where the story is cross-posted");
        }
        StoryPreview story = lines.preview(origin, storyId);
        if (story == null) {
            throw new StoryNotFound(origin, storyId);
        }
        return story;
    }

    /**
     * Another office's published stories that an editor of the target may ask for, newest first,
     * whose title holds the text (any case; empty: all), a page at a time; each says how the target
     * stands with it already.
     */
    public List<StoryToShare> toAskFor(String target, String origin, String title, int first, int max) {
        Office from = askable(target, origin);
        return lines.toAskFor(target, from, title, first, max);
    }

    public long countToAskFor(String target, String origin, String title) {
        return lines.countToAskFor(askable(target, origin), title);
    }

    private Office askable(String target, String origin) {
        Caller caller = callers.current();
        if (!caller.has(target, Role.EDITOR)) {
            throw new NotAllowed(caller, target, CrossPostAction.REQUEST.description());
        }
        Office from = offices.get(origin);
        Office to = offices.get(target);
        if (from.slug().equals(to.slug())) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.OWN_OFFICE, "The story is " + from.name() + "'s own: it is on its site already.",
                    from.name());
        }
        if (!from.region().equals(to.region())) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.OTHER_REGION,
                    from.name() + " and " + to.name() + " are in different regions: no regional editor could approve it.", from.name(), to.name());
        }
        return from;
    }

    /** Loads the cross-post for a change, holding its row; refuses unless the caller takes part in the action and saw this version. */
    private CrossPost current(long id, int expectedVersion, Caller caller, CrossPostAction action) {
        String origin = originOf(id);
        CrossPost copy = origin == null ? null : tenancy.of(origin).find(CrossPost.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (copy == null || !canSee(caller, origin, copy)) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NO_SUCH_CROSS_POST, "There is no cross-post " + id + ".", id);
        }
        if (!partiesOf(caller, copy).stream().anyMatch(action.parties()::contains)) {
            throw new NotAllowed(caller, copy.targetOffice(), action.description());
        }
        // where it stands says more than that it changed: "it was declined meanwhile", not "reload"
        copy.requireAllows(action);
        if (!copy.isAt(expectedVersion)) {
            throw new StoryConflict(copy.storyId(), expectedVersion, copy.version(), "someone else", null);
        }
        return copy;
    }

    /** The caller's parts in a cross-post. */
    static Set<Party> partiesOf(Caller caller, CrossPost copy) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (caller.has(copy.originOffice(), Role.EDITOR)) {
            parties.add(Party.ORIGIN_EDITOR);
        }
        if (caller.has(copy.targetOffice(), Role.EDITOR)) {
            parties.add(Party.TARGET_EDITOR);
        }
        if (caller.regionalEditorOf().contains(copy.region())) {
            parties.add(Party.REGIONAL_EDITOR);
        }
        return parties;
    }

    /** Whether the caller may see a cross-post (or the ledger of the origin's stories): its offices' staff and its region's editors. */
    private boolean canSee(Caller caller, String origin, CrossPost copy) {
        if (!caller.rolesIn(origin).isEmpty()) {
            return true;
        }
        if (copy != null && !caller.rolesIn(copy.targetOffice()).isEmpty()) {
            return true;
        }
        String region = copy != null ? copy.region() : offices.get(origin).region();
        return caller.regionalEditorOf().contains(region);
    }

    /** The origin's story, read through the origin office's own tenancy. */
    private Story story(String origin, long storyId) {
        Story story = tenancy.of(origin).find(Story.class, storyId);
        if (story == null) {
            throw new StoryNotFound(origin, storyId);
        }
        return story;
    }

    /** The origin office of a cross-post, or null when there is none. */
    private String originOf(long id) {
        return lists.createNamedQuery(CrossPost.ORIGIN_OF, String.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
    }

    private static String clip(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        return clean.length() > MAX_NOTE ? clean.substring(0, MAX_NOTE) : clean;
    }

    private static String joined(String first, String note) {
        return note == null || note.isBlank() ? first : first + "; " + note.strip();
    }
}
