package org.dateline.notifications.entity;

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
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** One thing one person of an office is told: what happened to which story, by whom, when; and whether they read it. */
@Entity
@Table(name = "notification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Notification.OF_PERSON, query = "SELECT n FROM Notification n WHERE n.person = :person ORDER BY n.id DESC")
@NamedQuery(name = Notification.COUNT_OF_PERSON, query = "SELECT COUNT(n) FROM Notification n WHERE n.person = :person")
@NamedQuery(name = Notification.UNREAD_COUNT, query = "SELECT COUNT(n) FROM Notification n WHERE n.person = :person AND n.readAt IS NULL")
@NamedQuery(name = Notification.MARK_READ, query = "UPDATE Notification n SET n.readAt = :at WHERE n.person = :person AND n.readAt IS NULL AND n.id IN :ids")
@NamedQuery(name = Notification.MARK_ALL_READ, query = "UPDATE Notification n SET n.readAt = :at WHERE n.person = :person AND n.readAt IS NULL")
public class Notification {

    public static final String OF_PERSON = "Notification.ofPerson";
    public static final String COUNT_OF_PERSON = "Notification.countOfPerson";
    public static final String UNREAD_COUNT = "Notification.unreadCount";
    public static final String MARK_READ = "Notification.markRead";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    private static final int MAX_TITLE = 300;
    private static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String person;

    @Column(name = "story_id", nullable = false, updatable = false)
    private long storyId;

    @Column(name = "story_title", nullable = false, updatable = false)
    private String storyTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String person, long storyId, String storyTitle, NotificationKind kind, String actor, Instant at,
                        String detail) {
        this.person = person;
        this.storyId = storyId;
        this.storyTitle = clip(storyTitle == null ? "" : storyTitle, MAX_TITLE);
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.detail = detail == null ? null : clip(detail, MAX_DETAIL);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String person() {
        return person;
    }

    public long storyId() {
        return storyId;
    }

    public String storyTitle() {
        return storyTitle;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    /** The comment it is about, if any. */
    public String detail() {
        return detail;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Instant readAt() {
        return readAt;
    }
}
