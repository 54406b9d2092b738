package org.dateline.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
@NamedQuery(name = Story.IN_STATE, query = "SELECT s FROM Story s WHERE s.state = :state ORDER BY s.updatedAt DESC, s.id DESC")
public class Story {

    public static final String RECENT = "Story.recent";
    public static final String IN_STATE = "Story.inState";

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

    @Column(name = "working_revision_id")
    private Long workingRevisionId;

    @Column(name = "live_revision_id")
    private Long liveRevisionId;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

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

    /** Files a revision that is not the working one: text kept aside after a conflicting save. */
    public Revision keepAside(Content content, List<Topic> topics, String author, Instant at, String note) {
        revisionCount++;
        return new Revision(this, revisionCount, content, topics, author, at, note);
    }

    public void workOn(Revision revision) {
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
        if (state != EditorialState.SCHEDULED) {
            scheduledFor = null;
        }
        touch(by, at);
        return from;
    }

    /** Refuses, changing nothing, unless the story may undergo the action where it stands. */
    public void requireAllows(EditorialAction action) {
        if (!action.startsFrom(state)) {
            throw new IllegalTransition(state, action, "the story is " + describe(state) + ".");
        }
        if (action == EditorialAction.UNPUBLISH && !isLive()) {
            throw new IllegalTransition(state, action, "the story is not live.");
        }
        if (action == EditorialAction.ARCHIVE && isLive()) {
            throw new IllegalTransition(state, action, "the story is live; unpublish it first.");
        }
    }

    public void scheduleFor(Instant when) {
        this.scheduledFor = when;
    }

    /** Makes the working revision the live one. */
    public void goLive(Instant at) {
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
