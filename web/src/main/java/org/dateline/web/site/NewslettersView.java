package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;

import java.util.List;

/** An office's newsletter archive: its published issues, newest month first, and the sign-up form. */
@Named("newsletters")
@RequestScoped
public class NewslettersView extends SitePage {

    @EJB
    Newsletters newsletters;

    private List<Issue> issues = List.of();

    @PostConstruct
    void load() {
        if (resolveOffice()) {
            issues = newsletters.published(office.slug());
        }
    }

    public List<Issue> getIssues() {
        return issues;
    }

    public String link(Issue issue) {
        return getSiteRoot() + NewsletterPageView.path(issue);
    }
}
