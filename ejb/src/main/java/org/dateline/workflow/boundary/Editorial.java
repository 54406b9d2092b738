package org.dateline.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.dateline.articles.control.HtmlSanitizer;
import org.dateline.articles.control.Topics;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Edit;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.audit.control.Auditor;
import org.dateline.comments.entity.Comment;
import org.dateline.comments.entity.CommentKind;
import org.dateline.identity.control.OfficePeople;
import org.dateline.notifications.control.Notifier;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.media.entity.Image;
import org.dateline.placements.control.Placing;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;
import org.dateline.workflow.entity.EditorialAction;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.StoryConflict;
import org.dateline.workflow.entity.EditLock;
import org.dateline.workflow.entity.StoryLocked;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.dateline.workflow.control.Publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The editorial workflow of an office: every change to a story goes through here. Each method
 * checks that the caller works in the office, that the story is in the office, that the caller's
 * role allows the action, that the state machine allows it from the story's state and that the
 * caller saw the story's current version; then it changes the story, its placement and the audit
 * trail in one transaction, or refuses with a domain error and changes nothing. (A save over a
 * newer version is the one refusal that writes: the text is kept aside, once the caller has been
 * found allowed to revise the story.)
 */
@Stateless
public class Editorial {

    private static final Logger LOG = Logger.getLogger(Editorial.class.getName());
    private static final int MAX_TITLE = 300;

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Auditor auditor;

    @Inject
    Placing placing;

    @Inject
    Publishing publishing;

    @Inject
    Notifier notifier;

    @Inject
    OfficePeople people;

    @ConfigProperty(name = "dateline.edit-lock.lapse-seconds", defaultValue = "120")
    @Inject
    long lockLapseSeconds;

    @Inject
    Topics topics;

    @Inject
    Offices offices;

    @Resource
    TimerService timers;

    Clock clock = Clock.systemUTC();

    /** Starts a story: a draft with its first revision. */
    public Story create(String office, Content content) {
        Caller caller = callers.current();
        Office where = offices.get(office);
        caller.require(office, EditorialAction.CREATE.roles(), EditorialAction.CREATE.description());
        Content clean = validated(where, content);
        requireImage(office, clean);
        Instant now = clock.instant();
        EntityManager em = tenancy.of(office);
        Story story = new Story(caller.name(), now);
        em.persist(story);
        Revision first = story.addRevision(clean, topics.named(office, clean.topics()), caller.name(), now, null);
        em.persist(first);
        story.workOn(first);
        auditor.record(office, story.id(), caller.name(), now, EditorialAction.CREATE.name(), null, story.state(), first.number(), null);
        return story;
    }

    /** Saves a whole text as the new working revision ({@link Edit#of(Content)}). */
    public Story revise(String office, long storyId, int expectedVersion, Content content) {
        return revise(office, storyId, expectedVersion, Edit.of(content));
    }

    /**
     * Saves a new working revision: the working one with the fields the person changed. Who may
     * revise the story where it stands is checked before anything is written. If someone changed the
     * story since the caller loaded it, the caller's text is kept as a revision of its own and
     * {@link StoryConflict} says which: only for someone who may revise the story at all, so that a
     * stale save cannot be used to write into a story the caller may not touch.
     */
    public Story revise(String office, long storyId, int expectedVersion, Edit edit) {
        Caller caller = staff(office);
        Office where = offices.get(office);
        if (edit == null) {
            throw new InvalidStory(List.of("There is nothing to save."));
        }
        Story story = lock(office, storyId);
        EditorialAction action = EditorialAction.revisionIn(story.state());
        caller.require(office, action.roles(), action.description());
        story.requireAllows(action);
        requireNotEditedByAnother(office, story, caller);
        Content clean = validated(where, edit.over(workingRevision(office, story).content()));
        requireImage(office, clean);
        Instant now = clock.instant();
        if (!story.isAt(expectedVersion)) {
            Revision kept = story.keepAside(clean, topics.named(office, clean.topics()), caller.name(), now,
                    "Kept aside: saved over version " + expectedVersion + " while the story was at version " + story.version(),
                    highestRevision(office, story) + 1);
            tenancy.of(office).persist(kept);
            auditor.record(office, storyId, caller.name(), now, "KEEP_CONFLICTING_TEXT", story.state(), story.state(), kept.number(),
                    "The story had been changed by " + story.updatedBy());
            throw new StoryConflict(storyId, expectedVersion, story.version(), story.updatedBy(), kept.number());
        }
        return write(office, story, caller, action, clean, null, now);
    }

    /**
     * Keeps the unsaved text of someone whose editing was taken over, as a revision of its own that
     * is not the working one (the story itself is left as it is, its version too, so that the person
     * who took over saves without a conflict).
     *
     * @return the number of the revision the text was kept as
     */
    public int keepUnsaved(String office, long storyId, Edit edit) {
        Caller caller = staff(office);
        Office where = offices.get(office);
        Story story = lock(office, storyId);
        EditorialAction action = EditorialAction.revisionIn(story.state());
        caller.require(office, action.roles(), action.description());
        story.requireAllows(action);
        Content clean = validated(where, edit.over(workingRevision(office, story).content()));
        Instant now = clock.instant();
        EditLock lock = tenancy.of(office).find(EditLock.class, storyId);
        String note = "Unsaved text of " + caller.name() + (lock == null || lock.holder().equals(caller.name()) ? ""
                : ", kept when " + lock.holder() + " took over editing");
        Revision kept = story.keepAside(clean, topics.named(office, clean.topics()), caller.name(), now, note,
                highestRevision(office, story) + 1);
        tenancy.of(office).persist(kept);
        auditor.record(office, storyId, caller.name(), now, "KEEP_UNSAVED_TEXT", story.state(), story.state(), kept.number(), note);
        return kept.number();
    }

    /**
     * Starts the story's translation into another language of the office: a new draft, linked with the
     * story, that begins as a copy of its text, topics, date and image, to be translated in place.
     *
     * @return the new story
     */
    public Story translate(String office, long storyId, int expectedVersion, String language) {
        Caller caller = staff(office);
        Office where = offices.get(office);
        Story original = current(office, storyId, expectedVersion);
        Revision text = workingRevision(office, original);
        String into = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (original.translationId() != null) {
            problems.add("Story " + storyId + " already has its translation, story " + original.translationId() + ".");
        }
        if (!where.publishesIn(into)) {
            problems.add("The office publishes in " + String.join(", ", where.languages()) + ", not in '" + into + "'.");
        } else if (into.equals(text.language())) {
            problems.add("The story is in " + languageName(into) + " already; a translation is in another language.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidStory(problems);
        }
        EditorialAction link = EditorialAction.translationLinkIn(original.state(), false);
        caller.require(office, link.roles(), link.description());
        caller.require(office, EditorialAction.CREATE.roles(), EditorialAction.CREATE.description());
        Instant now = clock.instant();
        Content copy = new Content(text.title(), text.dateline(), text.publicationDate(), text.lead(), text.body(), into,
                text.content().topics(), text.heroImageId(), null);
        EntityManager em = tenancy.of(office);
        Story translation = new Story(caller.name(), now);
        em.persist(translation);
        Revision first = translation.addRevision(copy, topics.named(office, copy.topics()), caller.name(), now,
                "Translation of story " + storyId + " into " + languageName(into));
        em.persist(first);
        translation.workOn(first);
        auditor.record(office, translation.id(), caller.name(), now, EditorialAction.CREATE.name(), null, translation.state(),
                first.number(), "Translation of story " + storyId + " into " + languageName(into));
        // the new story's row first: the original is about to point at it
        em.flush();
        link(office, caller, original, translation.id(), false, "Linked to its translation, story " + translation.id() + " (" + into + ")", now);
        link(office, caller, translation, original.id(), false, "Linked to its translation, story " + storyId + " (" + text.language() + ")", now);
        return translation;
    }

    /** Makes an earlier revision's text the working one again, as a new revision. */
    public Story restore(String office, long storyId, int expectedVersion, int revisionNumber) {
        Caller caller = staff(office);
        Story story = current(office, storyId, expectedVersion);
        Revision old = revisions(office, story).stream().filter(r -> r.number() == revisionNumber).findFirst()
                .orElseThrow(() -> new InvalidStory(List.of("The story has no revision " + revisionNumber + ".")));
        return write(office, story, caller, EditorialAction.restoreIn(story.state()), old.content(),
                "Restored from revision " + revisionNumber, clock.instant());
    }

    public Story submitForReview(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.SUBMIT, null);
    }

    /** Sends a story back to its author; the comment says what to change and is required. */
    public Story requestChanges(String office, long storyId, int expectedVersion, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidStory(List.of("Say what should change: a comment is required when requesting changes."));
        }
        return move(office, storyId, expectedVersion, EditorialAction.REQUEST_CHANGES, comment.strip());
    }

    /** Approves the working revision and puts it live on the office's site. */
    public Story publish(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.PUBLISH, null);
    }

    /**
     * Approves the working revision for publication at a local time of the office. A persistent
     * timer publishes it then, or as soon as the server is back if it was down at that moment.
     */
    public Story schedule(String office, long storyId, int expectedVersion, LocalDateTime localTime) {
        Office where = offices.get(office);
        if (localTime == null) {
            throw new InvalidStory(List.of("Choose the date and time of publication."));
        }
        ZonedDateTime when = localTime.atZone(where.zone());
        if (!when.toInstant().isAfter(clock.instant())) {
            throw new InvalidStory(List.of("The publication time " + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    + " (" + where.zone() + ") has already passed."));
        }
        Story story = move(office, storyId, expectedVersion, EditorialAction.SCHEDULE,
                "for " + when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        story.scheduleFor(when.toInstant());
        timers.createSingleActionTimer(Date.from(when.toInstant()), new TimerConfig(office + "/" + storyId, true));
        return story;
    }

    public Story cancelSchedule(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.CANCEL_SCHEDULE, null);
    }

    /** Takes a story back from review, to go on writing it. */
    public Story withdrawFromReview(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.WITHDRAW, null);
    }

    /**
     * Takes the live story off the office's site at a local time of the office (a persistent timer,
     * like a scheduled publication); the story's state and text stay as they are until then.
     */
    public Story scheduleUnpublish(String office, long storyId, int expectedVersion, LocalDateTime localTime, String comment) {
        Office where = offices.get(office);
        if (localTime == null) {
            throw new InvalidStory(List.of("Choose the date and time to take the story off the site."));
        }
        ZonedDateTime when = localTime.atZone(where.zone());
        if (!when.toInstant().isAfter(clock.instant())) {
            throw new InvalidStory(List.of("The time " + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    + " (" + where.zone() + ") has already passed."));
        }
        String why = comment == null || comment.isBlank() ? "" : ": " + comment.strip();
        Story story = move(office, storyId, expectedVersion, EditorialAction.SCHEDULE_UNPUBLISH,
                "at " + when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + why);
        story.unpublishAt(when.toInstant());
        timers.createSingleActionTimer(Date.from(when.toInstant()),
                new TimerConfig(office + "/" + storyId + "/" + EditorialAction.TAKE_DOWN.name(), true));
        return story;
    }

    public Story cancelUnpublish(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.CANCEL_UNPUBLISH, null);
    }

    /** Takes the story off the office's site; its revisions stay. */
    public Story unpublish(String office, long storyId, int expectedVersion, String comment) {
        return move(office, storyId, expectedVersion, EditorialAction.UNPUBLISH, comment);
    }

    public Story archive(String office, long storyId, int expectedVersion) {
        return move(office, storyId, expectedVersion, EditorialAction.ARCHIVE, null);
    }

    /**
     * Links a story with its translation in the same office: the two must be in different
     * languages (the language of their working revisions), and neither may already be linked to a
     * third story. The link shows on both reader pages once both stories are live. Whoever may revise
     * both stories may link them; linking two stories that are both live already is an editor's call.
     */
    public Story linkTranslation(String office, long storyId, int expectedVersion, long translationId) {
        Caller caller = staff(office);
        if (storyId == translationId) {
            throw new InvalidStory(List.of("A story cannot be its own translation."));
        }
        Story story;
        Story translation;
        // Two rows locked in the order of their ids, so that two links made at once cannot deadlock.
        if (storyId < translationId) {
            story = current(office, storyId, expectedVersion);
            translation = lock(office, translationId);
        } else {
            translation = lock(office, translationId);
            story = current(office, storyId, expectedVersion);
        }
        List<String> problems = new ArrayList<>();
        for (Story one : List.of(story, translation)) {
            Long other = one == story ? translation.id() : story.id();
            if (one.translationId() != null && !one.translationId().equals(other)) {
                problems.add("Story " + one.id() + " is already linked to its translation, story " + one.translationId()
                        + "; unlink that first.");
            }
        }
        String language = workingLanguage(office, story);
        String otherLanguage = workingLanguage(office, translation);
        if (language.equals(otherLanguage)) {
            problems.add("Both stories are in " + languageName(language) + "; a translation is in another language.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidStory(problems);
        }
        Instant now = clock.instant();
        boolean bothLive = story.isLive() && translation.isLive();
        link(office, caller, story, translation.id(), bothLive, "Linked to its translation, story " + translation.id()
                + " (" + otherLanguage + ")", now);
        link(office, caller, translation, story.id(), bothLive, "Linked to its translation, story " + story.id()
                + " (" + language + ")", now);
        placing.linkTranslations(office, office, story.id(), translation.id(), now);
        return story;
    }

    /**
     * Undoes a story's link with its translation, on both stories and both pages. The caller must
     * be allowed to link the story; the other one is let go of even when it is archived.
     */
    public Story unlinkTranslation(String office, long storyId, int expectedVersion) {
        Caller caller = staff(office);
        Story story = current(office, storyId, expectedVersion);
        if (story.translationId() == null) {
            throw new InvalidStory(List.of("Story " + storyId + " is linked to no translation."));
        }
        long translationId = story.translationId();
        Story translation = lock(office, translationId);
        Instant now = clock.instant();
        boolean bothLive = story.isLive() && translation.isLive();
        link(office, caller, story, null, bothLive, "Unlinked from its translation, story " + translationId, now);
        if (translation.translationId() != null && translation.translationId() == storyId) {
            if (translation.state() == EditorialState.ARCHIVED) {
                // An archived story takes no action, but it must not keep pointing at a story that left the pair.
                translation.translatedAs(null);
                auditor.record(office, translationId, caller.name(), now, "UNLINK_TRANSLATION", translation.state(), translation.state(),
                        null, "Unlinked from its translation, story " + storyId);
            } else {
                link(office, caller, translation, null, bothLive, "Unlinked from its translation, story " + storyId, now);
            }
        }
        placing.linkTranslations(office, office, storyId, null, now);
        placing.linkTranslations(office, office, translationId, null, now);
        return story;
    }

    private void link(String office, Caller caller, Story story, Long translationId, boolean bothLive, String comment, Instant now) {
        EditorialAction action = EditorialAction.translationLinkIn(story.state(), bothLive);
        caller.require(office, action.roles(), action.description());
        EditorialState from = story.apply(action, caller.name(), now);
        story.translatedAs(translationId);
        auditor.record(office, story.id(), caller.name(), now, translationId == null ? "UNLINK_TRANSLATION" : action.name(),
                from, story.state(), null, comment);
    }

    private String workingLanguage(String office, Story story) {
        return workingRevision(office, story).language();
    }

    /** A save by anyone but the person editing the story now is refused: they must take the editing over first. */
    private void requireNotEditedByAnother(String office, Story story, Caller caller) {
        EditLock lock = tenancy.of(office).find(EditLock.class, story.id());
        if (lock != null && !lock.holder().equals(caller.name()) && lock.isHeld(clock.instant(), Duration.ofSeconds(Math.max(5, lockLapseSeconds)))) {
            throw new StoryLocked(story.id(), lock.holder(), lock.since());
        }
    }

    private int highestRevision(String office, Story story) {
        Integer highest = tenancy.of(office).createNamedQuery(Revision.HIGHEST_NUMBER, Integer.class).setParameter("story", story)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    private Revision workingRevision(String office, Story story) {
        return tenancy.of(office).find(Revision.class, story.workingRevisionId());
    }

    private static String languageName(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    }

    /** A hero image must be one of the office's own images: another office's is not found here. */
    private void requireImage(String office, Content content) {
        if (content.heroImageId() != null && tenancy.of(office).find(Image.class, content.heroImageId()) == null) {
            throw new InvalidStory(List.of("There is no image " + content.heroImageId() + " in office '" + office
                    + "' to show at the top of the story."));
        }
    }

    /**
     * A scheduled publication or take-down falls due (the timer's info is {@code office/story} or
     * {@code office/story/TAKE_DOWN}). A timer left over from a schedule that was changed or
     * cancelled finds the story no longer due and does nothing.
     */
    @Timeout
    void release(Timer timer) {
        String[] key = String.valueOf(timer.getInfo()).split("/", 3);
        String office = key[0];
        long storyId = Long.parseLong(key[1]);
        boolean takeDown = key.length > 2 && key[2].equals(EditorialAction.TAKE_DOWN.name());
        Story story = tenancy.of(office).find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Instant due = story == null ? null : takeDown ? (story.isLive() ? story.unpublishAt() : null)
                : story.state() == EditorialState.SCHEDULED ? story.scheduledFor() : null;
        if (due == null || due.isAfter(now.plusSeconds(1))) {
            LOG.fine(() -> "Timer " + timer.getInfo() + " found nothing due");
            return;
        }
        transition(office, story, Caller.SCHEDULER, takeDown ? EditorialAction.TAKE_DOWN : EditorialAction.RELEASE, null, now);
        LOG.info(() -> (takeDown ? "Took down story " : "Published scheduled story ") + storyId + " of " + office);
    }

    private Story move(String office, long storyId, int expectedVersion, EditorialAction action, String comment) {
        Caller caller = staff(office);
        Story story = lock(office, storyId);
        caller.require(office, action.roles(), action.description());
        requireVersion(story, expectedVersion);
        return transition(office, story, caller, action, comment, clock.instant());
    }

    private Story transition(String office, Story story, Caller caller, EditorialAction action, String comment, Instant now) {
        EditorialState from = story.apply(action, caller.name(), now);
        EditorialState to = story.state();
        if (to == EditorialState.PUBLISHED) {
            publishing.putLive(offices.get(office), story, now, now);
        } else if (to == EditorialState.UNPUBLISHED) {
            publishing.takeOff(offices.get(office), story, now);
        }
        auditor.record(office, story.id(), caller.name(), now, action.name(), from, to, null, comment);
        tellOf(office, story, caller, action, from, comment, now);
        return story;
    }

    /**
     * Writes the request for changes into the story's thread, and tells the people the transition
     * concerns (in this transaction: a refusal or a rollback tells nobody).
     */
    private void tellOf(String office, Story story, Caller caller, EditorialAction action, EditorialState from, String comment,
                        Instant now) {
        EditorialState to = story.state();
        if (action == EditorialAction.REQUEST_CHANGES) {
            tenancy.of(office).persist(new Comment(story.id(), caller.name(), now, CommentKind.CHANGES_REQUESTED, comment));
            notifier.tell(office, List.of(story.createdBy()), story.id(), workingRevision(office, story).title(),
                    NotificationKind.CHANGES_REQUESTED, caller.name(), now, comment);
        } else if (to == EditorialState.PUBLISHED && from != EditorialState.PUBLISHED) {
            notifier.tell(office, List.of(story.createdBy()), story.id(), workingRevision(office, story).title(),
                    NotificationKind.PUBLISHED, caller.name(), now, null);
        } else if (to == EditorialState.IN_REVIEW && from != EditorialState.IN_REVIEW && from != EditorialState.SCHEDULED) {
            notifier.tell(office, people.withRole(office, Role.EDITOR), story.id(), workingRevision(office, story).title(),
                    NotificationKind.AWAITS_REVIEW, caller.name(), now, null);
        }
    }

    private Story write(String office, Story story, Caller caller, EditorialAction action, Content content, String note, Instant now) {
        caller.require(office, action.roles(), action.description());
        EditorialState from = story.apply(action, caller.name(), now);
        story.numberAfter(highestRevision(office, story));
        Revision revision = story.addRevision(content, topics.named(office, content.topics()), caller.name(), now, note);
        tenancy.of(office).persist(revision);
        story.workOn(revision);
        auditor.record(office, story.id(), caller.name(), now, action.name(), from, story.state(), revision.number(), note);
        return story;
    }

    private Caller staff(String office) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.AUTHOR, Role.EDITOR), "work on stories");
        return caller;
    }

    private Story current(String office, long storyId, int expectedVersion) {
        Story story = lock(office, storyId);
        requireVersion(story, expectedVersion);
        return story;
    }

    private static void requireVersion(Story story, int expectedVersion) {
        if (!story.isAt(expectedVersion)) {
            throw new StoryConflict(story.id(), expectedVersion, story.version(), story.updatedBy(), null);
        }
    }

    /** Loads the story for a change, holding its row so that two changes at once are taken one after the other. */
    private Story lock(String office, long storyId) {
        Story story = tenancy.of(office).find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (story == null) {
            throw new StoryNotFound(office, storyId);
        }
        return story;
    }

    private List<Revision> revisions(String office, Story story) {
        return tenancy.of(office).createNamedQuery(Revision.OF_STORY, Revision.class).setParameter("story", story).getResultList();
    }

    private Content validated(Office office, Content content) {
        List<String> problems = new ArrayList<>();
        if (content == null) {
            throw new InvalidStory(List.of("There is nothing to save."));
        }
        if (content.title().isEmpty()) {
            problems.add("The title is required.");
        } else if (content.title().length() > MAX_TITLE) {
            problems.add("The title is " + content.title().length() + " characters long; at most " + MAX_TITLE + " fit.");
        }
        if (content.dateline() != null && content.dateline().length() > 120) {
            problems.add("The dateline is too long (at most 120 characters).");
        }
        if (content.correction() != null && content.correction().length() > 500) {
            problems.add("The correction notice is " + content.correction().length() + " characters long; at most 500 fit.");
        }
        String language = content.language() == null ? office.mainLanguage() : content.language();
        if (!office.publishesIn(language)) {
            problems.add("The office publishes in " + String.join(", ", office.languages()) + ", not in '" + language + "'.");
        }
        HtmlSanitizer.Sanitized body = HtmlSanitizer.sanitize(content.body(), office.slug());
        for (String refused : body.refusedImages()) {
            problems.add("The text shows an image from " + (refused == null || refused.isBlank() ? "an address that is not allowed"
                    : "'" + refused + "'") + ", which is not in the office's image library; add images from the library.");
        }
        for (Long image : body.imageIds()) {
            if (tenancy.of(office.slug()).find(Image.class, image) == null) {
                problems.add("The text shows image " + image + ", which is not in the office's image library.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStory(problems);
        }
        return new Content(content.title(), content.dateline(), content.publicationDate(), content.lead(),
                body.html(), language, content.topics(), content.heroImageId(), content.correction());
    }
}
