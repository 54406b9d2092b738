package org.dateline.crossposting.entity;

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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One story of an origin office shown on one other office's site, with its own state there
 * ({@link CrossPostState}). It belongs to neither office alone but to their region, whose regional
 * editors decide on it: it is not an office-owned entity, and only the cross-posting boundary reads
 * and writes it, checking for every action the caller's part in it (an editor of the origin or of
 * the target, a regional editor of the region that holds both). The copy itself is a placement of
 * the target's site.
 */
@Entity
@Table(name = "cross_post")
@NamedQuery(name = CrossPost.OF_STORY, query = "SELECT c FROM CrossPost c WHERE c.originOffice = :origin AND c.storyId = :story"
        + " ORDER BY c.targetOffice")
@NamedQuery(name = CrossPost.OF_REGION_IN_STATE, query = "SELECT c FROM CrossPost c WHERE c.region IN :regions AND c.state = :state"
        + " ORDER BY c.requestedAt, c.id")
@NamedQuery(name = CrossPost.OF_REGION, query = "SELECT c FROM CrossPost c WHERE c.region IN :regions ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = CrossPost.ORIGIN_OF, query = "SELECT c.originOffice FROM CrossPost c WHERE c.id = :id")
@NamedQuery(name = CrossPost.COUNT_OF_REGION_IN_STATE, query = "SELECT COUNT(c) FROM CrossPost c WHERE c.region IN :regions AND c.state = :state")
@NamedQuery(name = CrossPost.COUNT_OF_REGION, query = "SELECT COUNT(c) FROM CrossPost c WHERE c.region IN :regions")
@NamedQuery(name = CrossPost.COUNT_TO_TARGET, query = "SELECT COUNT(c) FROM CrossPost c WHERE c.targetOffice = :target")
@NamedQuery(name = CrossPost.STANDING, query = "SELECT c FROM CrossPost c WHERE c.targetOffice = :target AND c.originOffice = :origin"
        + " AND c.storyId IN :stories")
@NamedQuery(name = CrossPost.TO_TARGET, query = "SELECT c FROM CrossPost c WHERE c.targetOffice = :target ORDER BY c.changedAt DESC, c.id DESC")
public class CrossPost {

    public static final String OF_STORY = "CrossPost.ofStory";
    public static final String OF_REGION_IN_STATE = "CrossPost.ofRegionInState";
    public static final String OF_REGION = "CrossPost.ofRegion";
    public static final String TO_TARGET = "CrossPost.toTarget";
    public static final String ORIGIN_OF = "CrossPost.originOf";
    public static final String COUNT_OF_REGION_IN_STATE = "CrossPost.countOfRegionInState";
    public static final String COUNT_OF_REGION = "CrossPost.countOfRegion";
    public static final String COUNT_TO_TARGET = "CrossPost.countToTarget";
    public static final String STANDING = "CrossPost.standing";

    /** Who asked: the origin offering its story (push), or the target asking for it (pull). */
    public enum Direction {
        PUSH, PULL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cross_post_seq")
    @SequenceGenerator(name = "cross_post_seq", sequenceName = "cross_post_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false)
    private String region;

    @Column(name = "origin_office_id", nullable = false, updatable = false)
    private String originOffice;

    @Column(name = "story_id", nullable = false, updatable = false)
    private long storyId;

    @Column(name = "target_office_id", nullable = false, updatable = false)
    private String targetOffice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CrossPostState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "request_note")
    private String requestNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    /** When the copy may go live on the target's site, at the earliest; null: as soon as approved and the origin is live. */
    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "live_since")
    private Instant liveSince;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_note")
    private String endNote;

    /**
     * Withdrawn because the origin took its story off (not by anyone's choice about the copy); it
     * stays marked when the origin puts the story back and the copy is approved again, until the
     * target's editors put it live again: a killed copy never comes back by itself.
     */
    @Column(nullable = false)
    private boolean killed;

    /** The topics the target files its copy under, one per line; null: the origin's. */
    @Column(name = "target_topics")
    private String targetTopics;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CrossPost() {
    }

    public CrossPost(String region, String originOffice, long storyId, String targetOffice) {
        this.region = region;
        this.originOffice = originOffice;
        this.storyId = storyId;
        this.targetOffice = targetOffice;
    }

    /** A new request (for a new row, or again after a decline or a withdrawal). */
    public void requested(Direction direction, String by, Instant at, String note) {
        if (state != null && !CrossPostAction.REQUEST.startsFrom(state)) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.ALREADY, "The story is already " + describe(state) + " for " + targetOffice + ".",
                    state, targetOffice);
        }
        this.state = CrossPostState.REQUESTED;
        this.direction = direction;
        this.requestedBy = by;
        this.requestedAt = at;
        this.requestNote = note;
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionNote = null;
        this.releaseAt = null;
        this.liveSince = null;
        this.endedBy = null;
        this.endedAt = null;
        this.endNote = null;
        this.killed = false;
        this.changedAt = at;
    }

    /**
     * Moves the cross-post along its state machine, or refuses without changing anything.
     *
     * @return the state it was in
     */
    public CrossPostState apply(CrossPostAction action, String by, Instant at, String note) {
        CrossPostState from = state;
        requireAllows(action);
        state = action.leadsFrom(from);
        switch (action) {
            case APPROVE, DECLINE -> {
                decidedBy = by;
                decidedAt = at;
                decisionNote = note;
            }
            case GO_LIVE, PUT_LIVE_AGAIN -> {
                liveSince = at;
                killed = false;
            }
            case WITHDRAW, KILL -> {
                endedBy = by;
                endedAt = at;
                endNote = note;
                killed = action == CrossPostAction.KILL;
            }
            // still marked killed: it waits for its site's editors to put it live again
            case REVIVE -> liveSince = null;
            default -> {
            }
        }
        changedAt = at;
        return from;
    }

    /** Refuses, changing nothing, unless the action may start where the cross-post stands. */
    public void requireAllows(CrossPostAction action) {
        if (!action.startsFrom(state) || (action == CrossPostAction.REVIVE && !killed)) {
            throw new IllegalCrossPost(IllegalCrossPost.Reason.NOT_NOW, "Cannot " + action.description() + ": the cross-post to " + targetOffice
                    + " is " + describe(state) + ".", action, state, targetOffice);
        }
    }

    public void releaseAt(Instant when) {
        this.releaseAt = when;
    }

    /**
     * Whether an approved copy may go live by itself now: it was not killed (a killed copy waits for
     * its site's editors) and its release time, if any, has come. The origin being live is the
     * caller's to know.
     */
    public boolean isDue(Instant now) {
        return state == CrossPostState.APPROVED && !killed && (releaseAt == null || !releaseAt.isAfter(now.plusSeconds(1)));
    }

    public void fileUnder(List<String> topics) {
        this.targetTopics = topics == null || topics.isEmpty() ? null : String.join("\n", topics);
    }

    private static String describe(CrossPostState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    public boolean isAt(int expectedVersion) {
        return version == expectedVersion;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String region() {
        return region;
    }

    public String originOffice() {
        return originOffice;
    }

    public long storyId() {
        return storyId;
    }

    public String targetOffice() {
        return targetOffice;
    }

    public CrossPostState state() {
        return state;
    }

    public Direction direction() {
        return direction;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestNote() {
        return requestNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant releaseAt() {
        return releaseAt;
    }

    public Instant liveSince() {
        return liveSince;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endNote() {
        return endNote;
    }

    public boolean killed() {
        return killed;
    }

    /** The target's own topics for its copy, or empty (then the origin's count). */
    public List<String> targetTopics() {
        return targetTopics == null ? List.of() : Arrays.asList(targetTopics.split("\n"));
    }

    public Instant changedAt() {
        return changedAt;
    }
}
