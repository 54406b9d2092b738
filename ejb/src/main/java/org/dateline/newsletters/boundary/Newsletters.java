package org.dateline.newsletters.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.newsletters.control.IssuePages;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueAction;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.placements.control.Placing;
import org.dateline.tenancy.control.Tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office's newsletter issues: authors and editors draft them and submit them for review,
 * editors publish them. Every write checks the caller's role in the office, the issue's state and
 * the version the caller saw, before anything is changed, and is audited in the same transaction.
 */
@Stateless
public class Newsletters {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    Auditor auditor;

    @Inject
    Placing placing;

    Clock clock = Clock.systemUTC();

    public Issue create(String office, IssueContent content) {
        Caller caller = callers.current();
        caller.require(office, IssueAction.CREATE.roles(), IssueAction.CREATE.description());
        Instant now = clock.instant();
        Issue issue = new Issue(content, caller.name(), now);
        EntityManager em = tenancy.of(office);
        em.persist(issue);
        em.flush();
        audit(office, caller, now, IssueAction.CREATE, null, issue);
        return issue;
    }

    /** Replaces the issue's content: a draft by its office's authors and editors, an issue in review by editors. */
    public Issue revise(String office, long id, int version, IssueContent content) {
        Caller caller = callers.current();
        EntityManager em = tenancy.of(office);
        Issue issue = find(em, office, id);
        IssueAction action = issue.state() == IssueState.IN_REVIEW ? IssueAction.REVISE_IN_REVIEW : IssueAction.REVISE;
        caller.require(office, action.roles(), action.description());
        issue.requireAllows(action);
        issue.requireVersion(version);
        Instant now = clock.instant();
        issue.revise(content, caller.name(), now);
        em.flush();
        audit(office, caller, now, action, issue.state(), issue);
        return issue;
    }

    public Issue submitForReview(String office, long id, int version) {
        return transition(office, id, version, IssueAction.SUBMIT);
    }

    public Issue withdraw(String office, long id, int version) {
        return transition(office, id, version, IssueAction.WITHDRAW);
    }

    public Issue publish(String office, long id, int version) {
        return transition(office, id, version, IssueAction.PUBLISH);
    }

    /** Creates an issue that is published at once, as an import of an office's past newsletter does (editors only). */
    public Issue importPublished(String office, IssueContent content) {
        Caller caller = callers.current();
        caller.require(office, IssueAction.IMPORT.roles(), IssueAction.IMPORT.description());
        Instant now = clock.instant();
        Issue issue = new Issue(content, caller.name(), now);
        issue.take(IssueAction.IMPORT, caller.name(), now);
        EntityManager em = tenancy.of(office);
        em.persist(issue);
        em.flush();
        audit(office, caller, now, IssueAction.IMPORT, null, issue);
        placing.touched(office, now);
        return issue;
    }

    /** One issue, for anyone with a role in its office. */
    public Issue issue(String office, long id) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read newsletter issues");
        return find(tenancy.of(office), office, id);
    }

    /** An issue and what the caller may do to it now, read together. */
    public record Opened(Issue issue, Set<IssueAction> actions) {
    }

    /** One issue with the actions the caller's roles allow from its state (the buttons a page shows; each action checks again). */
    public Opened open(String office, long id) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.allOf(Role.class), "read newsletter issues");
        Issue issue = find(tenancy.of(office), office, id);
        return new Opened(issue, IssueAction.open(issue.state(), caller.rolesIn(office)));
    }

    /** How many issues the office has, for anyone with a role in it. */
    public long count(String office) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read newsletter issues");
        return tenancy.of(office).createNamedQuery(Issue.COUNT, Long.class).getSingleResult();
    }

    /** The office's issues, last changed first, for anyone with a role in it. */
    public List<Issue> issues(String office, int first, int max) {
        callers.current().require(office, EnumSet.allOf(Role.class), "read newsletter issues");
        return tenancy.of(office).createNamedQuery(Issue.ALL, Issue.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /** The office's published issues, newest month first: what its readers see. */
    public List<Issue> published(String office) {
        return tenancy.of(office).createNamedQuery(Issue.IN_STATE, Issue.class)
                .setParameter("state", IssueState.PUBLISHED).getResultList();
    }

    /** A published issue of the office, or none. */
    public Issue publishedIssue(String office, long id) {
        Issue issue = tenancy.of(office).find(Issue.class, id);
        return issue != null && issue.state() == IssueState.PUBLISHED ? issue : null;
    }

    /** A published issue with what its page shows, for its readers; empty when the office has no such issue published. */
    public Optional<IssuePage> page(String office, long id) {
        return Optional.ofNullable(publishedIssue(office, id)).map(issue -> page(tenancy.of(office), issue));
    }

    /** Any issue of the office with what its page shows, for the office's staff (the preview). */
    public IssuePage preview(String office, long id) {
        callers.current().require(office, EnumSet.allOf(Role.class), "preview newsletter issues");
        EntityManager em = tenancy.of(office);
        return page(em, find(em, office, id));
    }

    private static IssuePage page(EntityManager em, Issue issue) {
        return IssuePages.of(em, issue);
    }

    private Issue transition(String office, long id, int version, IssueAction action) {
        Caller caller = callers.current();
        caller.require(office, action.roles(), action.description());
        EntityManager em = tenancy.of(office);
        Issue issue = find(em, office, id);
        issue.requireAllows(action);
        issue.requireVersion(version);
        IssueState from = issue.state();
        Instant now = clock.instant();
        issue.take(action, caller.name(), now);
        em.flush();
        audit(office, caller, now, action, from, issue);
        if (from == IssueState.PUBLISHED || issue.state() == IssueState.PUBLISHED) {
            // the archive, the issue's page, the sitemap and the feed show it from this commit on
            placing.touched(office, now);
        }
        return issue;
    }

    private static Issue find(EntityManager em, String office, long id) {
        Issue issue = em.find(Issue.class, id);
        if (issue == null) {
            throw new IssueNotFound(office, id);
        }
        return issue;
    }

    private void audit(String office, Caller caller, Instant at, IssueAction action, IssueState from, Issue issue) {
        auditor.record(office, null, caller.name(), at, "NEWSLETTER_" + action.name(), from, issue.state(), issue.version(),
                "Newsletter issue " + issue.id() + ": " + issue.title());
    }
}
