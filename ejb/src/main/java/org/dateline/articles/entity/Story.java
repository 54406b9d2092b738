package org.dateline.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dateline.tenancy.entity.Office;
import org.dateline.workflow.entity.EditorialAction;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.IllegalTransition;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.List;

/**
 * A story of its origin office. It owns its editorial state and refuses any transition the state
 * machine ({@link EditorialAction}) does not allow from where it stands.
 */
@Entity
@Table(name = "story")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Story.RECENT, query = "SELECT s FROM Story s ORDER BY s.updatedAt DESC, s.id DESC")
@NamedQuery(name = Story.OPEN, query = "SELECT s FROM Story s LEFT JOIN FETCH s.working LEFT JOIN FETCH s.live WHERE s.id = :id")
@NamedQuery(name = Story.IN_STATE, query = "SELECT s FROM Story s WHERE s.state = :state ORDER BY s.updatedAt DESC, s.id DESC")
public class Story {

    public static final String RECENT = "Story.recent";
    public static final String IN_STATE = "Story.inState";
    /** A story with its working and live revisions, as the editor opens it. */
    public static final String OPEN = "Story.open";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EditorialState state;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    /**
     * The revision being written and reviewed, and the one the site shows. Each is mapped twice: the
     * id is what is written, the reference (read-only) what queries join and pages read, so that
     * inserting a story and its first revision never depends on the order the two rows are written in.
     */
    @Column(name = "working_revision_id")
    private Long workingRevisionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_revision_id", insertable = false, updatable = false)
    private Revision working;

    @Column(name = "live_revision_id")
    private Long liveRevisionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_revision_id", insertable = false, updatable = false)
    private Revision live;

    /** When a scheduled take-down removes the live story from the site; null when none is scheduled. */
    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    /** Since when the story has waited for an editor: set when it is submitted for review. */
    @Column(name = "review_since")
    private Instant reviewSince;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The other story of its translation pair, in the same office; both point at each other. */
    @Column(name = "translation_id")
    private Long translationId;

    /** Set for imported stories: the listing and line they came from. */
    @Column(name = "import_key")
    private String importKey;

    protected Story() {
    }

    public Story(String createdBy, Instant at) {
        this.state = EditorialState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedBy = createdBy;
        this.updatedAt = at;
    }

    public static Story imported(String importKey, String by, Instant at) {
        Story story = new Story(by, at);
        story.importKey = importKey;
        return story;
    }

    /**
     * Writes the next revision. The caller has already checked that the state allows it
     * ({@link #apply}); the revision becomes the working one.
     */
    public Revision addRevision(Content content, List<Topic> topics, String author, Instant at, String note) {
        revisionCount++;
        Revision revision = new Revision(this, revisionCount, content, topics, author, at, note);
        touch(author, at);
        return revision;
    }

    /**
     * Files a revision that is not the working one: text kept aside after a conflicting save, or the
     * unsaved text of someone whose editing was taken over. It leaves the story as it is (its version
     * too), so that keeping someone's text never makes the next person's save or publication conflict;
     * the caller, holding the story's row, gives it the next free number.
     */
    public Revision keepAside(Content content, List<Topic> topics, String author, Instant at, String note, int number) {
        return new Revision(this, number, content, topics, author, at, note);
    }

    /** The next revision written is numbered after {@code highest}, the highest number the story's revisions have. */
    public void numberAfter(int highest) {
        if (highest > revisionCount) {
            revisionCount = highest;
        }
    }

    public void workOn(Revision revision) {
        this.working = revision;
        this.workingRevisionId = revision.id();
    }

    /**
     * Moves the story along the state machine, or refuses without changing anything.
     *
     * @return the state it was in
     */
    public EditorialState apply(EditorialAction action, String by, Instant at) {
        EditorialState from = state;
        requireAllows(action);
        state = action.leadsFrom(from);
        if (state == EditorialState.IN_REVIEW && from != EditorialState.IN_REVIEW && from != EditorialState.SCHEDULED) {
            reviewSince = at;
        }
        if (state != EditorialState.SCHEDULED) {
            scheduledFor = null;
        }
        if (action == EditorialAction.CANCEL_UNPUBLISH || state == EditorialState.UNPUBLISHED || state == EditorialState.ARCHIVED) {
            unpublishAt = null;
        }
        touch(by, at);
        return from;
    }

    /** Refuses, changing nothing, unless the story may undergo the action where it stands. */
    public void requireAllows(EditorialAction action) {
        String why = refusal(action, state, isLive(), unpublishAt != null);
        if (why != null) {
            throw new IllegalTransition(state, action, why);
        }
    }

    /**
     * Why a story in {@code state} (live or not, with a take-down scheduled or not) may not undergo
     * the action, or null when it may: the one rule, for the story itself and for pages that offer
     * only what it allows.
     */
    public static String refusal(EditorialAction action, EditorialState state, boolean live, boolean takeDownScheduled) {
        if (!action.startsFrom(state)) {
            return "the story is " + describe(state) + ".";
        }
        if (action == EditorialAction.UNPUBLISH && !live) {
            return "the story is not live.";
        }
        if (action == EditorialAction.ARCHIVE && live) {
            return "the story is live; unpublish it first.";
        }
        if ((action == EditorialAction.SCHEDULE_UNPUBLISH || action == EditorialAction.TAKE_DOWN) && !live) {
            return "the story is not live.";
        }
        if (action == EditorialAction.CANCEL_UNPUBLISH && !takeDownScheduled) {
            return "no take-down is scheduled.";
        }
        return null;
    }

    public void scheduleFor(Instant when) {
        this.scheduledFor = when;
    }

    /** The live story comes off the site at this time ({@link EditorialAction#SCHEDULE_UNPUBLISH}). */
    public void unpublishAt(Instant when) {
        this.unpublishAt = when;
    }

    /** Makes the working revision the live one. */
    public void goLive(Instant at) {
        this.live = working;
        this.liveRevisionId = workingRevisionId;
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
    }

    /** Links the story to its translation (null: to none). The caller links the other side too. */
    public void translatedAs(Long storyId) {
        this.translationId = storyId;
    }

    public void goOffline() {
        this.live = null;
        this.liveRevisionId = null;
    }

    /** The caller saw the story at this version; refuses when someone changed it since. */
    public boolean isAt(int expectedVersion) {
        return version == expectedVersion;
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static String describe(EditorialState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    public boolean isLive() {
        return liveRevisionId != null;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public EditorialState state() {
        return state;
    }

    public int revisionCount() {
        return revisionCount;
    }

    public Long workingRevisionId() {
        return workingRevisionId;
    }

    /** The revision being written and reviewed (read when first asked for). */
    public Revision working() {
        return working;
    }

    /** The revision the office's site shows, or null (read when first asked for). */
    public Revision live() {
        return live;
    }

    public Instant unpublishAt() {
        return unpublishAt;
    }

    public Long liveRevisionId() {
        return liveRevisionId;
    }

    /** The story's translation in the same office, or null. */
    public Long translationId() {
        return translationId;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    /** Since when the story has waited in review (its last submission); null if it never was submitted. */
    public Instant reviewSince() {
        return reviewSince;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
