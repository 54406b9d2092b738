package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.newsletters.boundary.Mailings;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.boundary.Subscribers;
import org.dateline.newsletters.entity.IllegalMailing;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.newsletters.entity.MailingProgress;
import org.dateline.newsletters.entity.MailingState;
import org.dateline.newsletters.entity.SubscriberCount;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.OfficeClock;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Sending a published issue to the office's list ({@code /studio/newsletters/mailing.xhtml}): how
 * many confirmed subscribers of the issue's language it goes to, the send button (editors, once),
 * and, while it goes out in the background, its progress (sent, failed, left) read again every
 * couple of seconds, with the failures and why (the addresses for admins only).
 */
@Named
@ViewScoped
public class MailingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Newsletters newsletters;

    @EJB
    Mailings mailings;

    @EJB
    Subscribers subscribers;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    StudioLanguage language;

    private String office;
    private Long issue;
    private String officeName = "";
    private OfficeClock clock;
    private String title = "";
    private String issueLanguage = "en";
    private IssueState state;
    private boolean editor;
    private long audience;
    private MailingProgress progress;
    private List<Mailings.Failure> failures = List.of();
    private boolean found;

    public void load() {
        Caller caller = callers.current();
        if (office == null || office.isBlank()) {
            office = caller.offices().stream().findFirst().orElse(null);
        }
        try {
            if (office == null || issue == null) {
                throw new IssueNotFound(String.valueOf(office), issue == null ? 0 : issue);
            }
            Office where = offices.get(office);
            officeName = where.name();
            clock = OfficeClock.of(where, language.getLocale());
            Issue read = newsletters.issue(office, issue);
            title = read.title();
            issueLanguage = read.language();
            state = read.state();
            editor = caller.has(office, Role.EDITOR);
            audience = editor || caller.has(office, Role.ADMIN) ? subscribers.counts(office).stream()
                    .filter(c -> c.language().equals(issueLanguage)).mapToLong(SubscriberCount::confirmed).sum() : 0;
            found = true;
            refresh();
        } catch (IssueNotFound | NotAllowed e) {
            language.error("mailing.notFound");
        } catch (EJBException e) {
            language.error("mailing.notFound");
        }
    }

    /** Reads the progress again (the page's poll). */
    public void refresh() {
        if (!found) {
            return;
        }
        progress = mailings.progress(office, issue).orElse(null);
        failures = progress == null ? List.of() : mailings.failures(office, issue, 100);
    }

    public void send() {
        try {
            progress = mailings.start(office, issue);
            language.info("mailing.started", progress.recipients());
        } catch (IllegalMailing e) {
            language.error("mailing.refused", e.getMessage());
        } catch (NotAllowed e) {
            language.error("mailing.notEditor");
        }
        refresh();
    }

    public boolean isSending() {
        return progress != null && progress.state() == MailingState.SENDING;
    }

    public boolean isMaySend() {
        return found && editor && progress == null && state == IssueState.PUBLISHED;
    }

    public String when(Instant at) {
        return at == null ? "" : clock.when(at);
    }

    public String iso(Instant at) {
        return at == null ? "" : clock.iso(at);
    }

    public String languageName(String tag) {
        return language.text("newsletterLanguage." + tag);
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public Long getIssue() {
        return issue;
    }

    public void setIssue(Long issue) {
        this.issue = issue;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getTitle() {
        return title;
    }

    public String getIssueLanguage() {
        return issueLanguage;
    }

    public IssueState getState() {
        return state;
    }

    public long getAudience() {
        return audience;
    }

    public MailingProgress getProgress() {
        return progress;
    }

    public List<Mailings.Failure> getFailures() {
        return failures;
    }

    public boolean isFound() {
        return found;
    }
}
