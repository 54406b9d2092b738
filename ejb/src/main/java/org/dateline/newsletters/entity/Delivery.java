package org.dateline.newsletters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of a mailing. It is claimed ({@link DeliveryState#SENDING}) in a transaction of its
 * own before the mail server is given the message, and marked sent or to be tried again in another
 * after: a recipient is never handed to two senders, and one that was sent is never sent again. Only
 * a server that died between the two (not one that stops: it finishes its message first) leaves a
 * claim, which lapses after {@link #CLAIM_LIFETIME}: that recipient is sent the issue again. A
 * failed attempt is tried again after a pause that doubles, at most {@link #MAX_ATTEMPTS} times.
 */
@Entity
@Table(name = "newsletter_delivery")
@IdClass(Delivery.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Delivery.DUE, query = "SELECT d FROM Delivery d WHERE d.mailingId = :mailing"
        + " AND d.state = org.dateline.newsletters.entity.DeliveryState.PENDING AND d.nextAttemptAt <= :now ORDER BY d.subscriberId")
@NamedQuery(name = Delivery.CLAIM, query = "UPDATE Delivery d SET d.state = org.dateline.newsletters.entity.DeliveryState.SENDING,"
        + " d.attempts = d.attempts + 1, d.nextAttemptAt = :now WHERE d.mailingId = :mailing AND d.subscriberId = :subscriber"
        + " AND d.state = org.dateline.newsletters.entity.DeliveryState.PENDING")
@NamedQuery(name = Delivery.COUNTS, query = "SELECT d.state, COUNT(d) FROM Delivery d WHERE d.mailingId = :mailing GROUP BY d.state")
@NamedQuery(name = Delivery.FAILURES, query = "SELECT d FROM Delivery d WHERE d.mailingId = :mailing"
        + " AND (d.state = org.dateline.newsletters.entity.DeliveryState.FAILED OR d.lastError IS NOT NULL) ORDER BY d.subscriberId")
@NamedQuery(name = Delivery.STALE, query = "UPDATE Delivery d SET d.state = org.dateline.newsletters.entity.DeliveryState.PENDING"
        + " WHERE d.mailingId = :mailing AND d.state = org.dateline.newsletters.entity.DeliveryState.SENDING AND d.nextAttemptAt < :before")
public class Delivery {

    public static final String DUE = "Delivery.due";
    public static final String CLAIM = "Delivery.claim";
    public static final String COUNTS = "Delivery.counts";
    public static final String FAILURES = "Delivery.failures";
    public static final String STALE = "Delivery.stale";
    /**
     * A delivery claimed longer ago than this was claimed by a server that stopped before it said how
     * the sending went (a stopping server finishes the message it is sending first): it waits again.
     */
    public static final Duration CLAIM_LIFETIME = Duration.ofMinutes(2);

    public static final int MAX_ATTEMPTS = 4;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(5);

    /** A delivery's key: the mailing and the subscriber. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long mailingId;
        private long subscriberId;

        public Key() {
        }

        public Key(long mailingId, long subscriberId) {
            this.mailingId = mailingId;
            this.subscriberId = subscriberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.mailingId == mailingId && k.subscriberId == subscriberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(mailingId, subscriberId);
        }
    }

    @Id
    @Column(name = "mailing_id")
    private long mailingId;

    @Id
    @Column(name = "subscriber_id")
    private long subscriberId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Delivery() {
    }

    public Delivery(long mailingId, long subscriberId, String email, Instant at) {
        this.mailingId = mailingId;
        this.subscriberId = subscriberId;
        this.email = email;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = at;
    }

    public void sent(Instant at) {
        this.state = DeliveryState.SENT;
        this.sentAt = at;
    }

    /** A failed attempt: tried again later, or failed for good when it was the last one or the address is refused for good. */
    public void failed(String error, boolean permanent, Instant at) {
        this.lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (permanent || attempts >= MAX_ATTEMPTS) {
            this.state = DeliveryState.FAILED;
        } else {
            this.state = DeliveryState.PENDING;
            this.nextAttemptAt = at.plus(FIRST_PAUSE.multipliedBy(1L << Math.max(0, attempts - 1)));
        }
    }

    public long mailingId() {
        return mailingId;
    }

    public long subscriberId() {
        return subscriberId;
    }

    public String email() {
        return email;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
