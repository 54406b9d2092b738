package org.dateline.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.newsletters.boundary.Subscribers;
import org.dateline.newsletters.entity.InvalidAddress;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a reader does with an office's newsletter, below {@code newsletters/}: {@code subscribe}
 * (POST from the sign-up form), {@code confirm} (the confirmation mail's link: a page with a button,
 * for mail scanners follow links, then the POST that confirms) and {@code unsubscribe} (the same,
 * and the one-click POST of RFC 8058 that mail clients send to the {@code List-Unsubscribe}
 * address). The answers are pages of the office's site that are never cached. Sign-ups are limited
 * per client address ({@code dateline.newsletter.signups-per-hour}), and a link is looked up in
 * the office of the site it is followed on only.
 */
@ApplicationScoped
public class Subscriptions {

    /** The request attribute carrying what the subscription page says. */
    static final String OUTCOME = "dateline.subscription";

    /** What the subscription page says: its title and text (keys of the site's words), their arguments, and its form. */
    public record Outcome(String title, String text, List<String> arguments, Form form, String token, String email) {
    }

    /** Which form the page shows under its text. */
    public enum Form {
        NONE, SIGN_UP, CONFIRM, UNSUBSCRIBE
    }

    @EJB
    Subscribers subscribers;

    @Inject
    SiteAddresses addresses;

    @Inject
    @ConfigProperty(name = "dateline.newsletter.signups-per-hour", defaultValue = "20")
    int signupsPerHour;

    /** Sign-ups per client address this hour: bounded in entries whatever clients send. */
    private final Cache<String, AtomicInteger> signups = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    /** Answers the request when {@code path} (below the site's root) is one of the newsletter's actions; false otherwise. */
    boolean handle(Office office, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String action = switch (path) {
            case "/newsletters/subscribe" -> "subscribe";
            case "/newsletters/confirm" -> "confirm";
            case "/newsletters/unsubscribe" -> "unsubscribe";
            default -> null;
        };
        if (action == null) {
            return false;
        }
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return true;
        }
        request.setCharacterEncoding("UTF-8");
        String token = request.getParameter("token");
        Outcome outcome;
        int status = HttpServletResponse.SC_OK;
        switch (action) {
            case "subscribe" -> {
                if (!post) {
                    // the form lives on the archive's page
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getAttribute(SiteRouter.SITE_ROOT) + "newsletters/");
                    return true;
                }
                String email = request.getParameter("email");
                if (!allowed(request)) {
                    status = 429;
                    response.setHeader("Retry-After", "600");
                    outcome = new Outcome("newsletters.tooMany", "newsletters.tooManyText", List.of(), Form.NONE, null, null);
                } else {
                    try {
                        String kept = subscribers.signUp(office.slug(), email, request.getParameter("language"));
                        outcome = new Outcome("newsletters.checkInbox", "newsletters.checkInboxText", List.of(kept), Form.NONE, null, null);
                    } catch (EJBException e) {
                        if (e.getCause() instanceof InvalidAddress bad) {
                            status = HttpServletResponse.SC_BAD_REQUEST;
                            outcome = new Outcome("newsletters.badAddress", "newsletters.badAddressText", List.of(bad.given()),
                                    Form.SIGN_UP, null, bad.given());
                        } else {
                            // the same address signing up twice at once: the other sign-up sends the mail
                            outcome = new Outcome("newsletters.checkInbox", "newsletters.checkInboxText",
                                    List.of(String.valueOf(email).strip()), Form.NONE, null, null);
                        }
                    } catch (InvalidAddress bad) {
                        status = HttpServletResponse.SC_BAD_REQUEST;
                        outcome = new Outcome("newsletters.badAddress", "newsletters.badAddressText", List.of(bad.given()),
                                Form.SIGN_UP, null, bad.given());
                    }
                }
            }
            case "confirm" -> {
                Optional<String> confirmed = post ? subscribers.confirm(office.slug(), token) : Optional.empty();
                if (confirmed.isPresent()) {
                    outcome = new Outcome("newsletters.confirmed", "newsletters.confirmedText", List.of(office.name(), confirmed.get()),
                            Form.NONE, null, null);
                } else {
                    Optional<String> email = post ? Optional.empty() : subscribers.confirmable(office.slug(), token);
                    if (email.isPresent()) {
                        outcome = new Outcome("newsletters.confirmTitle", "newsletters.confirmText", List.of(office.name(), email.get()),
                                Form.CONFIRM, token, null);
                    } else {
                        status = HttpServletResponse.SC_NOT_FOUND;
                        outcome = new Outcome("newsletters.linkExpired", "newsletters.linkExpiredText", List.of(), Form.SIGN_UP, null, null);
                    }
                }
            }
            default -> {
                if (post) {
                    if (subscribers.unsubscribe(office.slug(), token)) {
                        outcome = new Outcome("newsletters.unsubscribed", "newsletters.unsubscribedText", List.of(office.name()), Form.NONE,
                                null, null);
                    } else {
                        status = HttpServletResponse.SC_NOT_FOUND;
                        outcome = new Outcome("newsletters.linkExpired", "newsletters.linkExpiredText", List.of(), Form.SIGN_UP, null, null);
                    }
                } else {
                    Optional<String> email = subscribers.subscribed(office.slug(), token);
                    if (email.isPresent()) {
                        outcome = new Outcome("newsletters.unsubscribeTitle", "newsletters.unsubscribeText",
                                List.of(office.name(), email.get()), Form.UNSUBSCRIBE, token, null);
                    } else {
                        // gone already, or not a link of this office: nothing to take off
                        outcome = new Outcome("newsletters.unsubscribed", "newsletters.unsubscribedText", List.of(office.name()),
                                Form.NONE, null, null);
                    }
                }
            }
        }
        request.setAttribute(OUTCOME, outcome);
        request.setAttribute(SiteRouter.OFFICE, office);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // the address the link was sent from leaks to no one the page links to
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher("/site/subscription.xhtml").forward(request, response);
        return true;
    }

    private boolean allowed(HttpServletRequest request) {
        AtomicInteger count = signups.get(request.getRemoteAddr(), a -> new AtomicInteger());
        return count.incrementAndGet() <= signupsPerHour;
    }
}
