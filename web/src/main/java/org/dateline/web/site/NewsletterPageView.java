package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.newsletters.control.IssueMail;
import org.dateline.media.entity.HeroImage;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.placements.entity.Placement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One newsletter issue as a page of the office's site: its sections and items with their "Read
 * more" links, key resources and contact. A preview from the studio hands it an issue in any state.
 */
@Named("newsletterPage")
@RequestScoped
public class NewsletterPageView extends SitePage {

    @EJB
    Newsletters newsletters;

    private IssuePage page;
    private boolean preview;

    /** An issue's address below its site's root. */
    public static String path(Issue issue) {
        return IssueMail.path(issue);
    }

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        IssuePage previewed = (IssuePage) requestAttribute(Previews.ISSUE);
        if (previewed != null) {
            page = previewed;
            preview = true;
            return;
        }
        long id = (Long) requestAttribute(SiteRouter.ISSUE_ID);
        Optional<IssuePage> found = newsletters.page(office.slug(), id);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        page = found.get();
        String slug = (String) requestAttribute(SiteRouter.ISSUE_SLUG);
        String canonical = path(page.issue());
        if (!canonical.equals("newsletters/" + id + "-" + (slug == null ? "" : slug))) {
            movedTo(getSiteRoot() + canonical);
        }
    }

    @Override
    public boolean isFound() {
        return super.isFound() && page != null;
    }

    public Issue getIssue() {
        return page.issue();
    }

    public boolean isPreview() {
        return preview;
    }

    public String getMonth() {
        return monthName(page.issue().month());
    }

    /** The story an item's "Read more" leads to, when it is live on this site. */
    public Placement story(IssueItem item) {
        return page.story(item);
    }

    public HeroImage image(IssueItem item) {
        return page.image(item);
    }

    /** The item's "Read more" address: its story's page on this site, or its external address; null for none. */
    public String readMore(IssueItem item) {
        Placement story = page.story(item);
        if (story != null) {
            return link(story);
        }
        return item.readMoreUrl();
    }

    public boolean external(IssueItem item) {
        return page.story(item) == null && item.readMoreUrl() != null;
    }

    /** The contact block's paragraphs. */
    public List<String> getContact() {
        String contact = page.issue().contact();
        return contact == null ? List.of() : Arrays.stream(contact.split("\\n\\s*\\n")).map(String::strip).toList();
    }

    public List<String> getIntro() {
        String intro = page.issue().intro();
        return intro == null ? List.of() : Arrays.stream(intro.split("\\n\\s*\\n")).map(String::strip).toList();
    }

    public String getCanonical() {
        return getSiteUrl() + path(page.issue());
    }
}
