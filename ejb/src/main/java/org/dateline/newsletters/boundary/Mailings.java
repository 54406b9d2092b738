package org.dateline.newsletters.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.newsletters.entity.Delivery;
import org.dateline.newsletters.entity.DeliveryState;
import org.dateline.newsletters.entity.IllegalMailing;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.newsletters.entity.Mailing;
import org.dateline.newsletters.entity.MailingProgress;
import org.dateline.newsletters.entity.MailingState;
import org.dateline.newsletters.entity.SubscriberState;
import org.dateline.tenancy.control.Tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mailing a published issue to the office's list: an editor starts it, once per issue; it goes to
 * every address confirmed at that moment in the issue's language, in the background
 * ({@code control.IssueSender}), and anyone with a role in the office can follow it. The addresses
 * of failed deliveries are shown to the office's admins only.
 */
@Stateless
public class Mailings {

    private static final int FLUSH_EVERY = 1_000;

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Auditor auditor;

    Clock clock = Clock.systemUTC();

    /** A failed or retried recipient: its address (admins only; otherwise null), attempts and last error. */
    public record Failure(String email, DeliveryState state, int attempts, String error) {
    }

    /** Starts mailing the issue; refused unless it is published and has not been mailed. */
    public MailingProgress start(String office, long issueId) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.EDITOR), "send the newsletter issue");
        EntityManager em = tenancy.of(office);
        Issue issue = em.find(Issue.class, issueId);
        if (issue == null) {
            throw new IssueNotFound(office, issueId);
        }
        if (issue.state() != IssueState.PUBLISHED) {
            throw new IllegalMailing("Only a published issue can be sent; publish it first.");
        }
        if (!em.createNamedQuery(Mailing.OF_ISSUE, Mailing.class).setParameter("issue", issueId).getResultList().isEmpty()) {
            throw new IllegalMailing("This issue has been sent already; each issue goes to the list once.");
        }
        Instant now = clock.instant();
        Mailing mailing = new Mailing(issueId, caller.name(), now);
        em.persist(mailing);
        em.flush();
        int recipients = 0;
        List<Object[]> confirmed = em.createQuery("SELECT s.id, s.email FROM Subscriber s WHERE s.state = :state"
                        + " AND s.language = :language ORDER BY s.id", Object[].class)
                .setParameter("state", SubscriberState.CONFIRMED).setParameter("language", issue.language()).getResultList();
        for (Object[] subscriber : confirmed) {
            em.persist(new Delivery(mailing.id(), ((Number) subscriber[0]).longValue(), (String) subscriber[1], now));
            if (++recipients % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        mailing.addressedTo(recipients);
        if (recipients == 0) {
            mailing.finish(now);
        }
        auditor.record(office, null, caller.name(), now, "NEWSLETTER_SEND", null, null, issue.version(),
                "Newsletter issue " + issueId + " sent to " + recipients + " subscribers (" + issue.language() + ")");
        em.flush();
        return progress(em, mailing);
    }

    /** How the issue's mailing stands; empty when it has not been sent. For anyone with a role in the office. */
    public Optional<MailingProgress> progress(String office, long issueId) {
        callers.current().require(office, EnumSet.allOf(Role.class), "follow the newsletter's sending");
        EntityManager em = tenancy.of(office);
        return em.createNamedQuery(Mailing.OF_ISSUE, Mailing.class).setParameter("issue", issueId).getResultStream().findFirst()
                .map(m -> progress(em, m));
    }

    /** The recipients that failed or are being tried again, with why; addresses for the office's admins only. */
    public List<Failure> failures(String office, long issueId, int max) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.allOf(Role.class), "follow the newsletter's sending");
        boolean admin = caller.has(office, Role.ADMIN);
        EntityManager em = tenancy.of(office);
        return em.createNamedQuery(Mailing.OF_ISSUE, Mailing.class).setParameter("issue", issueId).getResultStream().findFirst()
                .map(m -> em.createNamedQuery(Delivery.FAILURES, Delivery.class).setParameter("mailing", m.id())
                        .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream()
                        .filter(d -> d.state() != DeliveryState.SENT)
                        .map(d -> new Failure(admin ? d.email() : null, d.state(), d.attempts(), d.lastError())).toList())
                .orElse(List.of());
    }

    private static MailingProgress progress(EntityManager em, Mailing mailing) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (Object[] row : em.createNamedQuery(Delivery.COUNTS, Object[].class).setParameter("mailing", mailing.id()).getResultList()) {
            counts.put((DeliveryState) row[0], ((Number) row[1]).longValue());
        }
        long sent = counts.getOrDefault(DeliveryState.SENT, 0L);
        long failed = counts.getOrDefault(DeliveryState.FAILED, 0L);
        long left = counts.getOrDefault(DeliveryState.PENDING, 0L) + counts.getOrDefault(DeliveryState.SENDING, 0L);
        long retrying = em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.mailingId = :mailing AND d.state = :state"
                        + " AND d.attempts > 0", Long.class).setParameter("mailing", mailing.id())
                .setParameter("state", DeliveryState.PENDING).getSingleResult();
        return new MailingProgress(mailing.id(), mailing.issueId(), mailing.state() == MailingState.SENDING && left == 0
                ? MailingState.SENDING : mailing.state(), mailing.recipients(), sent, failed, left, retrying,
                mailing.startedBy(), mailing.startedAt(), mailing.finishedAt());
    }
}
