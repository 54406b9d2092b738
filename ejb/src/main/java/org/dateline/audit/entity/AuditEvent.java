package org.dateline.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/**
 * Who did what to which story, when, from which state to which, and why; or, for a change to the
 * office's staff, to whom ({@link #staffMember()}), from which role to which.
 */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = AuditEvent.OF_STORY, query = "SELECT e FROM AuditEvent e WHERE e.storyId = :story ORDER BY e.id")
@NamedQuery(name = AuditEvent.TIMELINE, query = "SELECT e FROM AuditEvent e WHERE e.storyId = :story ORDER BY e.id DESC")
@NamedQuery(name = AuditEvent.COUNT_OF_STORY, query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.storyId = :story")
@NamedQuery(name = AuditEvent.OF_NEWSLETTER_ISSUE, query = "SELECT e FROM AuditEvent e WHERE e.storyId IS NULL"
        + " AND e.staffMember IS NULL AND e.comment LIKE :issue ORDER BY e.id")
@NamedQuery(name = AuditEvent.OF_STAFF, query = "SELECT e FROM AuditEvent e WHERE e.staffMember IS NOT NULL ORDER BY e.id DESC")
public class AuditEvent {

    public static final String OF_STORY = "AuditEvent.ofStory";
    public static final String OF_NEWSLETTER_ISSUE = "AuditEvent.ofNewsletterIssue";
    public static final String OF_STAFF = "AuditEvent.ofStaff";
    /** A story's events, newest first (its history page). */
    public static final String TIMELINE = "AuditEvent.timeline";
    public static final String COUNT_OF_STORY = "AuditEvent.countOfStory";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id")
    private Long storyId;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    @Column(name = "revision_number")
    private Integer revisionNumber;

    private String comment;

    @Column(name = "staff_member")
    private String staffMember;

    protected AuditEvent() {
    }

    public AuditEvent(Long storyId, String actor, Instant at, String action, String fromState, String toState,
                      Integer revisionNumber, String comment) {
        this.storyId = storyId;
        this.actor = actor;
        this.at = at;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.revisionNumber = revisionNumber;
        this.comment = comment;
    }

    /** A change to the office's staff: who did it to whom, from which role to which. */
    public static AuditEvent ofStaff(String actor, Instant at, String action, String staffMember, String fromRole,
                                     String toRole, String comment) {
        AuditEvent event = new AuditEvent(null, actor, at, action, fromRole, toRole, null, comment);
        event.staffMember = staffMember;
        return event;
    }

    public Long id() {
        return id;
    }

    public String staffMember() {
        return staffMember;
    }

    public Long storyId() {
        return storyId;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String action() {
        return action;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public Integer revisionNumber() {
        return revisionNumber;
    }

    public String comment() {
        return comment;
    }
}
