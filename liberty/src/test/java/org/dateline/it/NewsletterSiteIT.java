package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsletter's archive on an office's site: its published issues, each a page, in the sitemap and a feed; nothing else. */
@ExtendWith(ArquillianExtension.class)
class NewsletterSiteIT {

    static final String WASHINGTON = "washington";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(NewsletterSiteIT.class);
    }

    @EJB
    Newsletters newsletters;

    @EJB
    Editorial editorial;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private Issue published(String title, Long story) {
        IssueContent content = new IssueContent(title, YearMonth.of(2021, 3), "en", "This month at the office.",
                List.of(new IssueSection("ASSISTING DISPLACED POPULATIONS", List.of(
                                new IssueItem("Shelters in the north reopen & welcome families.", story, null, null),
                                new IssueItem("A report on cash assistance is out.", null, "https://www.iom.int/news/cash", null))),
                        new IssueSection("PRIVATE SECTOR ENGAGEMENT", List.of(IssueItem.of("Firms join the campaign.")))),
                List.of(new KeyResource("Situation Reports", "detail the response.", "https://www.iom.int/situation-reports")),
                "For media inquiries, write to the office.");
        Issue draft = signedIn.as("walt.author", () -> newsletters.create(WASHINGTON, content));
        Issue submitted = signedIn.as("walt.author", () -> newsletters.submitForReview(WASHINGTON, draft.id(), draft.version()));
        return signedIn.as("will.editor", () -> newsletters.publish(WASHINGTON, draft.id(), submitted.version()));
    }

    @Test
    void aPublishedIssueIsInTheArchiveWithItsSectionsAndItsReadMoreLinks() {
        String storyTitle = Newsroom.unique("Shelters reopen in the north");
        Story story = Newsroom.published(editorial, signedIn, WASHINGTON, "walt.author", "will.editor", storyTitle);
        String title = Newsroom.unique("Washington newsletter March");
        Issue issue = published(title, story.id());

        Site.Page archive = site.get("/washington/newsletters/");
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.html()).contains("March 2021</span> — " + title).contains("action=\"/washington/newsletters/subscribe\"");
        String path = "/washington/newsletters/" + issue.id() + "-";
        assertThat(archive.html()).contains("href=\"" + path);

        Site.Page page = site.get("/washington/newsletters/" + issue.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h1>" + title + "</h1>").contains("ASSISTING DISPLACED POPULATIONS")
                .contains("PRIVATE SECTOR ENGAGEMENT").contains("Shelters in the north reopen &amp; welcome families.")
                .contains("Situation Reports").contains("For media inquiries, write to the office.");
        assertThat(page.html()).as("the story's Read more goes to its page on this site")
                .containsPattern("<a class=\"read-more\" href=\"/washington/stories/" + story.id() + "-[a-z0-9-]+\"")
                .contains("href=\"https://www.iom.int/news/cash\"");
        assertThat(page.html()).contains("<link rel=\"canonical\" href=\"http://localhost:" + request.getLocalPort() + "/washington/newsletters/"
                + issue.id() + "-washington-newsletter-march");

        Site.Page sitemap = site.get("/washington/sitemap-1.xml");
        assertThat(sitemap.html()).contains("/washington/newsletters/</loc>").contains("/washington/newsletters/" + issue.id() + "-");
        Site.Page feed = site.get("/washington/newsletters/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.html()).contains("<title>" + title + "</title>").contains("/washington/newsletters/" + issue.id() + "-");
        assertThat(site.get("/washington/").html()).contains("href=\"/washington/newsletters/\"");
    }

    @Test
    void anIssueNotPublishedOrOfAnotherOfficeIsNotFound() {
        String title = Newsroom.unique("Draft newsletter");
        Issue draft = signedIn.as("walt.author", () -> newsletters.create(WASHINGTON, new IssueContent(title, YearMonth.of(2021, 4), "en",
                null, List.of(new IssueSection("NEWS", List.of(IssueItem.of("Not out yet.")))), List.of(), null)));
        assertThat(site.get("/washington/newsletters/" + draft.id()).status()).isEqualTo(404);
        assertThat(site.get("/washington/newsletters/").html()).doesNotContain(title);

        Issue published = published(Newsroom.unique("Washington only"), null);
        assertThat(site.get("/washington/newsletters/" + published.id()).status()).isEqualTo(200);
        assertThat(site.get("/san-jose/newsletters/" + published.id()).status()).isEqualTo(404);
        assertThat(site.get("/san-jose/newsletters/").html()).doesNotContain(published.title());
        assertThat(site.get("/san-jose/newsletters/feed.atom").html()).doesNotContain(published.title());
    }

    @Test
    void theAddressWithAnOldSlugMovesToTheIssuesOwn() {
        Issue issue = published(Newsroom.unique("Moving address"), null);
        Site.Page moved = site.raw("GET /washington/newsletters/" + issue.id() + "-old-title HTTP/1.1", "localhost");
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).startsWith("/washington/newsletters/" + issue.id() + "-moving-address-");
    }

    @Test
    void theStudioPreviewShowsADraftToItsOfficeOnlyAndTheEmailHasNoScript() {
        // the studio's preview addresses are behind its sign-in: a reader is sent to sign in, never shown the draft
        Issue draft = signedIn.as("walt.author", () -> newsletters.create(WASHINGTON, new IssueContent(Newsroom.unique("Preview me"),
                YearMonth.of(2021, 5), "en", null, List.of(new IssueSection("NEWS", List.of(IssueItem.of("Soon.")))), List.of(), null)));
        Site.Page anonymous = site.raw("GET /studio/preview-newsletter/washington/" + draft.id() + " HTTP/1.1", "localhost");
        assertThat(anonymous.status()).isNotEqualTo(200);
        assertThat(anonymous.html()).doesNotContain("Soon.");
    }
}
