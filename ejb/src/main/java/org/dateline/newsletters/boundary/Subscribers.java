package org.dateline.newsletters.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.newsletters.entity.ConfirmationRequested;
import org.dateline.newsletters.entity.InvalidAddress;
import org.dateline.newsletters.entity.Subscriber;
import org.dateline.newsletters.entity.SubscriberCount;
import org.dateline.newsletters.entity.SubscriberState;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An office's newsletter list, with double opt-in. Anyone may sign an address up; nothing but a
 * confirmation mail is sent to it until its owner follows the link in that mail (once, within 48
 * hours). Every issue carries a one-click unsubscribe link. Links are looked up in the office of
 * the site they are followed on only, so one office's link does nothing to another's list. What
 * the reader is told never says whether an address was on the list already. Only the office's
 * admins see the addresses.
 */
@Stateless
public class Subscribers {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A domain with a dot and letters-digits-hyphens labels: what mail can be delivered to. */
    private static final Pattern DOMAIN = Pattern.compile("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final int MAX_ADDRESS = 254;

    @Inject
    Tenancy tenancy;

    @Inject
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    Auditor auditor;

    @Inject
    Event<ConfirmationRequested> confirmations;

    Clock clock = Clock.systemUTC();

    /**
     * Signs an address up for the office's newsletter in {@code language} (one the office publishes
     * in, else its main one): a confirmation mail follows the commit, unless the address is on the
     * list already or was sent one a moment ago.
     *
     * @return the address as it is kept
     * @throws InvalidAddress when it is not an address the newsletter can be sent to
     */
    public String signUp(String office, String email, String language) {
        Office where = offices.get(office);
        String address = normalized(email);
        String chosen = language != null && where.publishesIn(language) ? language : where.mainLanguage();
        EntityManager em = tenancy.of(office);
        Instant now = clock.instant();
        Subscriber subscriber = em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class).setParameter("email", address)
                .getResultStream().findFirst().orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(address, chosen, token(), now);
            em.persist(subscriber);
        }
        String token = token();
        if (subscriber.signedUp(chosen, hash(token), now)) {
            // the same address signed up at the same moment fails on the list's unique address: the other sends the mail
            em.flush();
            confirmations.fire(new ConfirmationRequested(office, address, chosen, token));
        }
        return address;
    }

    /** The address a confirmation link is for, while it works; empty when it does not (expired, used, another office's). */
    public Optional<String> confirmable(String office, String token) {
        return byConfirmation(office, token).filter(s -> s.confirmable(clock.instant())).map(Subscriber::email);
    }

    /** Confirms the address the link is for, and says which it was; empty when the link does not work (nothing is changed then). */
    public Optional<String> confirm(String office, String token) {
        Instant now = clock.instant();
        Optional<Subscriber> subscriber = byConfirmation(office, token).filter(s -> s.confirmable(now));
        subscriber.ifPresent(s -> {
            s.confirm(now);
            auditor.record(office, null, "subscriber " + s.id(), now, "NEWSLETTER_SUBSCRIBE", null, null, 0,
                    "Subscriber " + s.id() + " confirmed (" + s.language() + ")");
        });
        return subscriber.map(Subscriber::email);
    }

    /** The address an unsubscribe link is for, while it is on the list; empty otherwise. */
    public Optional<String> subscribed(String office, String token) {
        return byUnsubscribe(office, token).filter(s -> s.state() != SubscriberState.UNSUBSCRIBED).map(Subscriber::email);
    }

    /** Takes the address the link is for off the list (one click, RFC 8058); false when the link is not one of this office's. */
    public boolean unsubscribe(String office, String token) {
        Instant now = clock.instant();
        Optional<Subscriber> subscriber = byUnsubscribe(office, token);
        subscriber.filter(s -> s.state() != SubscriberState.UNSUBSCRIBED).ifPresent(s -> {
            s.unsubscribe(now);
            auditor.record(office, null, "subscriber " + s.id(), now, "NEWSLETTER_UNSUBSCRIBE", null, null, 0,
                    "Subscriber " + s.id() + " unsubscribed");
        });
        return subscriber.isPresent();
    }

    /** The list, oldest first, confirmed and waiting addresses: for the office's admins only. */
    public List<Subscriber> list(String office, int first, int max) {
        requireAdmin(office, "see the newsletter's subscribers");
        return tenancy.of(office).createNamedQuery(Subscriber.LIST, Subscriber.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 10_000))).getResultList();
    }

    /** How many addresses of each language the list has: for the office's editors and admins (no addresses). */
    public List<SubscriberCount> counts(String office) {
        callers.current().require(office, EnumSet.of(Role.EDITOR, Role.ADMIN), "see how many subscribers the newsletter has");
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : tenancy.of(office).createNamedQuery(Subscriber.COUNT, Object[].class).getResultList()) {
            long[] c = counts.computeIfAbsent((String) row[0], l -> new long[2]);
            SubscriberState state = (SubscriberState) row[1];
            long n = ((Number) row[2]).longValue();
            if (state == SubscriberState.CONFIRMED) {
                c[0] += n;
            } else if (state == SubscriberState.PENDING) {
                c[1] += n;
            }
        }
        return counts.entrySet().stream().map(e -> new SubscriberCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private void requireAdmin(String office, String what) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.ADMIN), what);
    }

    private Optional<Subscriber> byConfirmation(String office, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return tenancy.of(office).createNamedQuery(Subscriber.BY_CONFIRMATION, Subscriber.class).setParameter("hash", hash(token))
                .getResultStream().findFirst();
    }

    private Optional<Subscriber> byUnsubscribe(String office, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return tenancy.of(office).createNamedQuery(Subscriber.BY_UNSUBSCRIBE, Subscriber.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** The address as it is kept (lower case), or refused. */
    static String normalized(String email) {
        String given = email == null ? "" : email.strip();
        String address = given.toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (address.isEmpty() || address.length() > MAX_ADDRESS || at < 1 || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            throw new InvalidAddress(given);
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!parsed.getAddress().equals(address) || parsed.getPersonal() != null) {
                throw new InvalidAddress(given);
            }
        } catch (AddressException e) {
            throw new InvalidAddress(given);
        }
        return address;
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
