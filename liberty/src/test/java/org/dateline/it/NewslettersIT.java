package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.IllegalIssueTransition;
import org.dateline.newsletters.entity.InvalidIssue;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueConflict;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.newsletters.entity.KeyResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Newsletter issues through their boundary: written, revised and published by the office's staff, refused to anyone else. */
@ExtendWith(ArquillianExtension.class)
class NewslettersIT {

    static final String WASHINGTON = "washington";
    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(NewslettersIT.class);
    }

    @EJB
    Newsletters newsletters;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
    }

    static IssueContent content(String title) {
        return new IssueContent(title, YearMonth.of(2020, 5), "en", "Dear colleagues, this month's news.",
                List.of(new IssueSection("ASSISTING DISPLACED POPULATIONS", List.of(
                                new IssueItem("Shelters in the north reopen with new health protocols.", null,
                                        "https://www.iom.int/news/shelters", null),
                                IssueItem.of("Cash assistance reaches 3,000 families."))),
                        new IssueSection("HEALTH-PROOFING MOBILITY SYSTEMS", List.of(
                                IssueItem.of("Border health posts receive protective equipment.")))),
                List.of(new KeyResource("Migration data portal", "Figures on migration", "https://www.migrationdataportal.org/")),
                "Media requests: press@example.org");
    }

    private Issue draft(String title) {
        return signedIn.as("walt.author", () -> newsletters.create(WASHINGTON, content(title)));
    }

    private Issue reload(Issue issue) {
        return signedIn.as("will.editor", () -> newsletters.issue(WASHINGTON, issue.id()));
    }

    @Test
    void authorDraftsAndRevisesEditorPublishesAndTheTrailSaysWho() {
        String title = Newsroom.unique("Washington newsletter, May 2020");
        Issue issue = draft(title);
        assertThat(issue.state()).isEqualTo(IssueState.DRAFT);
        assertThat(issue.createdBy()).isEqualTo("walt.author");

        IssueContent changed = new IssueContent(title, YearMonth.of(2020, 5), "en", "A shorter intro.",
                List.of(content(title).sections().get(1), content(title).sections().get(0)), List.of(), null);
        Issue revised = signedIn.as("walt.author", () -> newsletters.revise(WASHINGTON, issue.id(), issue.version(), changed));
        Issue submitted = signedIn.as("walt.author", () -> newsletters.submitForReview(WASHINGTON, issue.id(), revised.version()));
        Issue published = signedIn.as("will.editor", () -> newsletters.publish(WASHINGTON, issue.id(), submitted.version()));

        Issue stored = reload(published);
        assertThat(stored.state()).isEqualTo(IssueState.PUBLISHED);
        assertThat(stored.publishedAt()).isNotNull();
        assertThat(stored.intro()).isEqualTo("A shorter intro.");
        assertThat(stored.sections()).extracting(IssueSection::heading)
                .containsExactly("HEALTH-PROOFING MOBILITY SYSTEMS", "ASSISTING DISPLACED POPULATIONS");
        assertThat(stored.sections().get(1).items()).extracting(IssueItem::text, IssueItem::readMoreUrl).containsExactly(
                tuple("Shelters in the north reopen with new health protocols.", "https://www.iom.int/news/shelters"),
                tuple("Cash assistance reaches 3,000 families.", null));
        assertThat(stored.resources()).isEmpty();
        assertThat(newsletters.published(WASHINGTON)).extracting(Issue::id).contains(issue.id());
        assertThat(signedIn.as("will.editor", () -> audit.ofNewsletterIssue(WASHINGTON, issue.id())))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(
                        tuple("NEWSLETTER_CREATE", "walt.author", null, "DRAFT"),
                        tuple("NEWSLETTER_REVISE", "walt.author", "DRAFT", "DRAFT"),
                        tuple("NEWSLETTER_SUBMIT", "walt.author", "DRAFT", "IN_REVIEW"),
                        tuple("NEWSLETTER_PUBLISH", "will.editor", "IN_REVIEW", "PUBLISHED"));
    }

    @Test
    void anAuthorCannotPublishAndNothingChanges() {
        Issue issue = draft(Newsroom.unique("Author publishes"));
        Issue submitted = signedIn.as("walt.author", () -> newsletters.submitForReview(WASHINGTON, issue.id(), issue.version()));
        assertThatThrownBy(() -> signedIn.as("walt.author", () -> newsletters.publish(WASHINGTON, issue.id(), submitted.version())))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("may not publish the newsletter issue");
        assertThat(reload(issue).state()).isEqualTo(IssueState.IN_REVIEW);
        assertThat(newsletters.published(WASHINGTON)).extracting(Issue::id).doesNotContain(issue.id());
    }

    @Test
    void anotherOfficeCanNeitherSeeNorTouchTheIssue() {
        Issue issue = draft(Newsroom.unique("Other office"));
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> newsletters.issue(WASHINGTON, issue.id())))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> newsletters.revise(SAN_JOSE, issue.id(), issue.version(),
                content("Taken over"))))
                .isInstanceOf(IssueNotFound.class);
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> newsletters.publish(SAN_JOSE, issue.id(), issue.version())))
                .isInstanceOf(IssueNotFound.class);
        assertThat(signedIn.as("eli.editor", () -> newsletters.issues(SAN_JOSE, 0, 200))).extracting(Issue::id)
                .doesNotContain(issue.id());
        Issue stored = reload(issue);
        assertThat(stored.title()).isEqualTo(issue.title());
        assertThat(stored.state()).isEqualTo(IssueState.DRAFT);
        assertThat(stored.version()).isEqualTo(issue.version());
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        Issue issue = draft(Newsroom.unique("Stale"));
        Issue revised = signedIn.as("walt.author", () -> newsletters.revise(WASHINGTON, issue.id(), issue.version(),
                content(issue.title() + " (revised)")));
        assertThatThrownBy(() -> signedIn.as("will.editor", () -> newsletters.revise(WASHINGTON, issue.id(), issue.version(),
                content("Over an old version"))))
                .isInstanceOf(IssueConflict.class).hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> signedIn.as("walt.author", () -> newsletters.submitForReview(WASHINGTON, issue.id(), issue.version())))
                .isInstanceOf(IssueConflict.class);
        Issue stored = reload(issue);
        assertThat(stored.title()).isEqualTo(issue.title() + " (revised)");
        assertThat(stored.version()).isEqualTo(revised.version());
        assertThat(stored.state()).isEqualTo(IssueState.DRAFT);
    }

    @Test
    void publishingADraftAndBadContentAreRefusedWithTheirReasons() {
        Issue issue = draft(Newsroom.unique("Refusals"));
        assertThatThrownBy(() -> signedIn.as("will.editor", () -> newsletters.publish(WASHINGTON, issue.id(), issue.version())))
                .isInstanceOf(IllegalIssueTransition.class).hasMessageContaining("it is draft");
        IssueContent bad = new IssueContent(" ", null, "fr", null,
                List.of(new IssueSection("", List.of(new IssueItem("Text", null, "http://insecure.example/", null)))),
                List.of(), null);
        assertThatThrownBy(() -> signedIn.as("walt.author", () -> newsletters.revise(WASHINGTON, issue.id(), issue.version(), bad)))
                .isInstanceOf(InvalidIssue.class)
                .hasMessageContaining("needs a title").hasMessageContaining("which month")
                .hasMessageContaining("English (en) or Spanish (es)").hasMessageContaining("Section 1 needs a heading")
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> signedIn.as("nora.nobody", () -> newsletters.create(WASHINGTON, content("Nobody's"))))
                .isInstanceOf(NotAllowed.class);
        Issue stored = reload(issue);
        assertThat(stored.version()).isEqualTo(issue.version());
        assertThat(stored.state()).isEqualTo(IssueState.DRAFT);
    }
}
