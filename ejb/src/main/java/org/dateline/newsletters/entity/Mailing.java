package org.dateline.newsletters.entity;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/**
 * The sending of one published issue to its office's confirmed subscribers of the issue's
 * language, as they were when it started (one {@link Delivery} each, written then). An issue is
 * mailed once.
 */
@Entity
@Table(name = "newsletter_mailing")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Mailing.OF_ISSUE, query = "SELECT m FROM Mailing m WHERE m.issueId = :issue")
@NamedQuery(name = Mailing.SENDING, query = "SELECT m FROM Mailing m WHERE m.state = org.dateline.newsletters.entity.MailingState.SENDING"
        + " ORDER BY m.id")
public class Mailing {

    public static final String OF_ISSUE = "Mailing.ofIssue";
    public static final String SENDING = "Mailing.sending";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_mailing_seq")
    @SequenceGenerator(name = "newsletter_mailing_seq", sequenceName = "newsletter_mailing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailingState state;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private int version;

    protected Mailing() {
    }

    public Mailing(long issueId, String startedBy, Instant at) {
        this.issueId = issueId;
        this.state = MailingState.SENDING;
        this.startedBy = startedBy;
        this.startedAt = at;
    }

    public void addressedTo(int recipients) {
        this.recipients = recipients;
    }

    public void finish(Instant at) {
        if (state == MailingState.SENDING) {
            state = MailingState.DONE;
            finishedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long issueId() {
        return issueId;
    }

    public MailingState state() {
        return state;
    }

    public int recipients() {
        return recipients;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
