package org.dateline.newsletters.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.newsletters.entity.Delivery;
import org.dateline.newsletters.entity.DeliveryState;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.newsletters.entity.Mailing;
import org.dateline.newsletters.entity.Subscriber;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.time.Instant;
import java.util.List;

/**
 * The sending's steps, each in a transaction of its own, so that what has been sent is known in
 * the database the moment it has been: the worker ({@link IssueSender}) claims a delivery, hands the
 * message to the mail server, then records how that went.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Sending {

    /** What the worker needs of a mailing to send it: the issue's e-mail, and the office's site address. */
    public record Work(long mailingId, IssueMail.Rendered mail, String siteUrl) {
    }

    /** A delivery to make: its subscriber, the address, and the subscriber's unsubscribe link. */
    public record Due(long subscriberId, String email, String unsubscribeUrl) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    SiteAddresses addresses;

    /** The office's mailings that are sending, rendered; a claim left by a server that died lapses here. */
    public List<Work> sending(String office, Instant now) {
        EntityManager em = tenancy.of(office);
        Office where = em.find(Office.class, office);
        String siteUrl = addresses.of(where);
        return em.createNamedQuery(Mailing.SENDING, Mailing.class).getResultList().stream().map(m -> {
            em.createNamedQuery(Delivery.STALE).setParameter("mailing", m.id())
                    .setParameter("before", now.minus(Delivery.CLAIM_LIFETIME)).executeUpdate();
            Issue issue = em.find(Issue.class, m.issueId());
            IssuePage page = IssuePages.of(em, issue);
            return new Work(m.id(), IssueMail.render(where, siteUrl, page, IssueMail.path(issue)), siteUrl);
        }).toList();
    }

    /** The next deliveries due, with their recipients' unsubscribe links. */
    public List<Due> due(String office, long mailingId, String siteUrl, Instant now, int max) {
        EntityManager em = tenancy.of(office);
        return em.createNamedQuery(Delivery.DUE, Delivery.class).setParameter("mailing", mailingId).setParameter("now", now)
                .setMaxResults(max).getResultList().stream().map(d -> {
                    Subscriber subscriber = em.find(Subscriber.class, d.subscriberId());
                    return new Due(d.subscriberId(), d.email(), siteUrl + "newsletters/unsubscribe?token="
                            + (subscriber == null ? "" : subscriber.unsubscribeToken()));
                }).toList();
    }

    /** Claims a delivery for this sender; false when another has it or it is not waiting any more. */
    public boolean claim(String office, long mailingId, long subscriberId, Instant now) {
        return tenancy.of(office).createNamedQuery(Delivery.CLAIM).setParameter("mailing", mailingId)
                .setParameter("subscriber", subscriberId).setParameter("now", now).executeUpdate() == 1;
    }

    public void sent(String office, long mailingId, long subscriberId, Instant now) {
        delivery(office, mailingId, subscriberId).sent(now);
    }

    public void failed(String office, long mailingId, long subscriberId, String error, boolean permanent, Instant now) {
        delivery(office, mailingId, subscriberId).failed(error, permanent, now);
    }

    /** Finishes the mailing when no recipient is left to send to. */
    public boolean finishIfDone(String office, long mailingId, Instant now) {
        EntityManager em = tenancy.of(office);
        boolean left = em.createNamedQuery(Delivery.COUNTS, Object[].class).setParameter("mailing", mailingId).getResultList()
                .stream().anyMatch(row -> (row[0] == DeliveryState.PENDING || row[0] == DeliveryState.SENDING)
                        && ((Number) row[1]).longValue() > 0);
        if (!left) {
            em.find(Mailing.class, mailingId).finish(now);
        }
        return !left;
    }

    private Delivery delivery(String office, long mailingId, long subscriberId) {
        return tenancy.of(office).find(Delivery.class, new Delivery.Key(mailingId, subscriberId));
    }
}
