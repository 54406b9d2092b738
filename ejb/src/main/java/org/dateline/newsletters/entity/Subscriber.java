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

import java.time.Duration;
import java.time.Instant;

/**
 * One address on an office's newsletter list (double opt-in): it gets nothing but its confirmation
 * mail until its owner follows the confirmation link, which works once and for
 * {@link #CONFIRMATION_LIFETIME}; every issue mailed to it carries its one-click unsubscribe link.
 */
@Entity
@Table(name = "newsletter_subscriber")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Subscriber.BY_EMAIL, query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = Subscriber.BY_CONFIRMATION, query = "SELECT s FROM Subscriber s WHERE s.confirmHash = :hash")
@NamedQuery(name = Subscriber.BY_UNSUBSCRIBE, query = "SELECT s FROM Subscriber s WHERE s.unsubscribeToken = :token")
@NamedQuery(name = Subscriber.LIST, query = "SELECT s FROM Subscriber s WHERE s.state <> org.dateline.newsletters.entity.SubscriberState.UNSUBSCRIBED"
        + " ORDER BY s.id")
@NamedQuery(name = Subscriber.COUNT, query = "SELECT s.language, s.state, COUNT(s) FROM Subscriber s GROUP BY s.language, s.state")
public class Subscriber {

    public static final String BY_EMAIL = "Subscriber.byEmail";
    public static final String BY_CONFIRMATION = "Subscriber.byConfirmation";
    public static final String BY_UNSUBSCRIBE = "Subscriber.byUnsubscribe";
    public static final String LIST = "Subscriber.list";
    public static final String COUNT = "Subscriber.count";

    public static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(48);
    /** A sign-up of a pending address within this time of its last confirmation mail sends no other. */
    public static final Duration CONFIRMATION_RESEND = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_subscriber_seq")
    @SequenceGenerator(name = "newsletter_subscriber_seq", sequenceName = "newsletter_subscriber_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriberState state;

    @Column(name = "confirm_hash")
    private String confirmHash;

    @Column(name = "confirm_expires")
    private Instant confirmExpires;

    @Column(name = "confirm_sent_at")
    private Instant confirmSentAt;

    @Column(name = "unsubscribe_token", nullable = false)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Version
    private int version;

    protected Subscriber() {
    }

    public Subscriber(String email, String language, String unsubscribeToken, Instant at) {
        this.email = email;
        this.language = language;
        this.state = SubscriberState.UNSUBSCRIBED;
        this.unsubscribeToken = unsubscribeToken;
        this.createdAt = at;
    }

    /**
     * A sign-up of this address: whether a confirmation mail goes out now (with the token whose hash
     * is given). A confirmed address stays as it is (its language too: its owner changes it by
     * unsubscribing and signing up again), and a pending one is not mailed again within
     * {@link #CONFIRMATION_RESEND}.
     */
    public boolean signedUp(String language, String confirmationHash, Instant at) {
        if (state == SubscriberState.CONFIRMED) {
            return false;
        }
        if (state == SubscriberState.PENDING && confirmSentAt != null && confirmSentAt.plus(CONFIRMATION_RESEND).isAfter(at)) {
            return false;
        }
        this.state = SubscriberState.PENDING;
        this.language = language;
        this.confirmHash = confirmationHash;
        this.confirmExpires = at.plus(CONFIRMATION_LIFETIME);
        this.confirmSentAt = at;
        return true;
    }

    /** Whether the confirmation link still works at {@code at}. */
    public boolean confirmable(Instant at) {
        return state == SubscriberState.PENDING && confirmExpires != null && confirmExpires.isAfter(at);
    }

    public void confirm(Instant at) {
        if (!confirmable(at)) {
            throw new IllegalStateException("the confirmation link of subscriber " + id + " no longer works");
        }
        this.state = SubscriberState.CONFIRMED;
        this.confirmedAt = at;
        this.confirmHash = null;
        this.confirmExpires = null;
    }

    public void unsubscribe(Instant at) {
        if (state != SubscriberState.UNSUBSCRIBED) {
            this.state = SubscriberState.UNSUBSCRIBED;
            this.unsubscribedAt = at;
            this.confirmHash = null;
            this.confirmExpires = null;
        }
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public SubscriberState state() {
        return state;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
