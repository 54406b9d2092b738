package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.entity.Story;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.newsletters.boundary.Mailings;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.boundary.Subscribers;
import org.dateline.newsletters.entity.DeliveryState;
import org.dateline.newsletters.entity.IllegalMailing;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.newsletters.entity.MailingProgress;
import org.dateline.newsletters.entity.MailingState;
import org.dateline.newsletters.entity.Subscriber;
import org.dateline.newsletters.entity.SubscriberState;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The newsletter by mail, against the test run's mail server: double opt-in, the issue's e-mail
 * (HTML and text, headers, links), one-click unsubscribe, a bad address that does not stop the
 * sending, another office's links refused, sign-ups limited per client.
 */
@ExtendWith(ArquillianExtension.class)
class NewsletterMailIT {

    static final String WASHINGTON = "washington";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(NewsletterMailIT.class, Inbox.class);
    }

    @EJB
    Newsletters newsletters;

    @EJB
    Mailings mailings;

    @EJB
    Subscribers subscribers;

    @EJB
    Editorial editorial;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Signs the address up on the site, as the form does, and returns the confirmation mail. */
    private JsonObject signUp(String office, String email) {
        Site.Page answer = site.post("/" + office + "/newsletters/subscribe", "email", email, "language", "en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html()).contains("Check your inbox").contains(email);
        return Inbox.about(email, "Confirm your subscription");
    }

    private static String linkTo(JsonObject mail, String what) {
        return Inbox.links(mail).stream().filter(l -> l.contains(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " link in " + mail));
    }

    private String path(String absolute) {
        return absolute.substring(absolute.indexOf('/', "http://".length()));
    }

    private Subscriber onList(String office, String email) {
        return signedIn.as(office.equals(WASHINGTON) ? "wendy.admin" : "sara.admin", () -> subscribers.list(office, 0, 10_000))
                .stream().filter(s -> s.email().equals(email)).findFirst().orElse(null);
    }

    private Issue published(String title, Long story) {
        IssueContent content = new IssueContent(title, YearMonth.of(2021, 6), "en", "Dear readers, this is June.",
                List.of(new IssueSection("ASSISTING DISPLACED POPULATIONS", List.of(
                                new IssueItem("Shelters reopen with new protocols.", story, null, null),
                                new IssueItem("Cash assistance reaches 3,000 families & more.", null, "https://www.iom.int/news/cash", null))),
                        new IssueSection("STRATEGIC COOPERATION", List.of(IssueItem.of("Officials trained at ports of entry.")))),
                List.of(new KeyResource("Situation Reports", "detail the response.", "https://www.iom.int/situation-reports")),
                "For media inquiries, write to the office.");
        Issue draft = signedIn.as("walt.author", () -> newsletters.create(WASHINGTON, content));
        Issue submitted = signedIn.as("walt.author", () -> newsletters.submitForReview(WASHINGTON, draft.id(), draft.version()));
        return signedIn.as("will.editor", () -> newsletters.publish(WASHINGTON, draft.id(), submitted.version()));
    }

    private MailingProgress sendAndWait(Issue issue) throws InterruptedException {
        signedIn.as("will.editor", () -> mailings.start(WASHINGTON, issue.id()));
        for (int i = 0; i < 120; i++) {
            MailingProgress progress = signedIn.as("will.editor", () -> mailings.progress(WASHINGTON, issue.id())).orElseThrow();
            if (progress.state() == MailingState.DONE) {
                return progress;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the mailing of issue " + issue.id() + " did not finish in a minute");
    }

    @Test
    void nothingButTheConfirmationGoesToAnAddressUntilItsOwnerConfirmsIt() throws Exception {
        String confirmed = address("confirmed");
        String unconfirmed = address("unconfirmed");
        JsonObject mail = signUp(WASHINGTON, confirmed);
        signUp(WASHINGTON, unconfirmed);
        assertThat(mail.getString("text")).contains("Washington").contains("48 hours");
        String link = linkTo(mail, "/newsletters/confirm?token=");
        assertThat(link).startsWith("http://localhost:" + request.getLocalPort() + "/washington/newsletters/confirm?token=");

        // following the link shows a button: a mail scanner that opens links confirms nothing
        Site.Page page = site.get(path(link));
        assertThat(page.html()).contains("Confirm your subscription").contains(confirmed).contains("Yes, send me the newsletter")
                .contains("</html>");
        assertThat(onList(WASHINGTON, confirmed).state()).isEqualTo(SubscriberState.PENDING);
        String token = link.substring(link.indexOf("token=") + 6);
        Site.Page done = site.post("/washington/newsletters/confirm", "token", token);
        assertThat(done.html()).contains("You are subscribed").contains(confirmed);
        assertThat(onList(WASHINGTON, confirmed).state()).isEqualTo(SubscriberState.CONFIRMED);
        assertThat(site.post("/washington/newsletters/confirm", "token", token).status()).as("a link works once").isEqualTo(404);

        Issue issue = published(Newsroom.unique("June opt-in"), null);
        sendAndWait(issue);
        assertThat(Inbox.about(confirmed, issue.title())).isNotNull();
        assertThat(Inbox.to(unconfirmed)).extracting(m -> m.getString("subject"))
                .as("an unconfirmed address got its confirmation only").allMatch(s -> s.startsWith("Confirm your subscription"));
        assertThat(Inbox.to(confirmed)).hasSize(2);
    }

    @Test
    void theIssueMailHasBothPartsTheOfficesLinksAndOneClickUnsubscribeHeaders() throws Exception {
        String email = address("reader");
        String link = linkTo(signUp(WASHINGTON, email), "/newsletters/confirm?token=");
        site.post("/washington/newsletters/confirm", "token", link.substring(link.indexOf("token=") + 6));
        Story story = Newsroom.published(editorial, signedIn, WASHINGTON, "walt.author", "will.editor", Newsroom.unique("Shelters reopen"));
        Issue issue = published(Newsroom.unique("June mail"), story.id());
        MailingProgress done = sendAndWait(issue);
        assertThat(done.left()).isZero();
        assertThat(done.sent() + done.failed()).isEqualTo(done.recipients());

        JsonObject mail = Inbox.about(email, issue.title());
        String site = "http://localhost:" + request.getLocalPort() + "/washington/";
        assertThat(mail.getString("subject")).isEqualTo("Washington — " + issue.title() + " (June 2021)");
        String html = mail.getString("html");
        assertThat(html).contains("ASSISTING DISPLACED POPULATIONS").contains("Cash assistance reaches 3,000 families &amp; more.")
                .contains("style=\"").contains("<table role=\"presentation\"").doesNotContainIgnoringCase("<script")
                .doesNotContain("<link").contains("href=\"" + site + "stories/" + story.id() + "-")
                .contains("href=\"https://www.iom.int/news/cash\"").contains("href=\"" + site + "newsletters/" + issue.id() + "-");
        String text = mail.getString("text");
        assertThat(text).contains("ASSISTING DISPLACED POPULATIONS").contains("Cash assistance reaches 3,000 families & more.")
                .contains("Read more: " + site + "stories/" + story.id() + "-").contains("KEY RESOURCES").doesNotContain("<p");
        assertThat(Inbox.header(mail, "List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        List<String> unsubscribe = Inbox.header(mail, "List-Unsubscribe");
        assertThat(unsubscribe).singleElement().asString().startsWith("<" + site + "newsletters/unsubscribe?token=").endsWith(">");
        String address = unsubscribe.get(0).substring(1, unsubscribe.get(0).length() - 1);
        assertThat(html).contains("href=\"" + address + "\"");
        assertThat(text).contains(address);

        // a mail client's one-click unsubscribe (RFC 8058): a POST to the header's address
        Site.Page gone = this.site.rawFrom(null, "POST " + path(address) + " HTTP/1.1", "localhost", "List-Unsubscribe=One-Click",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(gone.status()).isEqualTo(200);
        assertThat(onList(WASHINGTON, email)).as("off the list the admin sees").isNull();
        Issue next = published(Newsroom.unique("July after unsubscribe"), null);
        sendAndWait(next);
        Thread.sleep(1000);
        assertThat(Inbox.to(email)).extracting(m -> m.getString("subject")).noneMatch(s -> s.contains(next.title()));
    }

    @Test
    void aBadAddressOnTheListFailsAloneAndTheSendingGoesOn() throws Exception {
        String good = address("good");
        String link = linkTo(signUp(WASHINGTON, good), "/newsletters/confirm?token=");
        site.post("/washington/newsletters/confirm", "token", link.substring(link.indexOf("token=") + 6));
        String bad = "no address at all " + UUID.randomUUID().toString().substring(0, 8);
        confirmedOnList(WASHINGTON, bad);

        Issue issue = published(Newsroom.unique("June with a bad address"), null);
        MailingProgress done = sendAndWait(issue);
        assertThat(done.failed()).as("this bad address, and those other tests left on the list").isPositive();
        assertThat(done.sent() + done.failed()).isEqualTo(done.recipients());
        assertThat(Inbox.about(good, issue.title())).isNotNull();
        List<Mailings.Failure> failures = signedIn.as("wendy.admin", () -> mailings.failures(WASHINGTON, issue.id(), 100));
        assertThat(failures).filteredOn(f -> bad.equals(f.email())).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(f.error()).startsWith("not an e-mail address");
        });
        assertThat(signedIn.as("will.editor", () -> mailings.failures(WASHINGTON, issue.id(), 100)))
                .as("an editor sees why, not whose address").isNotEmpty().allSatisfy(f -> assertThat(f.email()).isNull());
        assertThatThrownBy(() -> signedIn.as("will.editor", () -> mailings.start(WASHINGTON, issue.id())))
                .isInstanceOf(IllegalMailing.class).hasMessageContaining("sent already");
    }

    @Test
    void aLinkOfOneOfficeDoesNothingToAnothersList() {
        String email = address("washingtonian");
        String link = linkTo(signUp(WASHINGTON, email), "/newsletters/confirm?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        Site.Page elsewhere = site.post("/san-jose/newsletters/confirm", "token", token);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.html()).contains("This link no longer works");
        assertThat(site.get("/san-jose/newsletters/confirm?token=" + token).status()).isEqualTo(404);
        assertThat(onList(WASHINGTON, email).state()).isEqualTo(SubscriberState.PENDING);

        site.post("/washington/newsletters/confirm", "token", token);
        String unsubscribe = unsubscribeToken(WASHINGTON, email);
        assertThat(site.post("/san-jose/newsletters/unsubscribe", "token", unsubscribe).status()).isEqualTo(404);
        assertThat(onList(WASHINGTON, email).state()).isEqualTo(SubscriberState.CONFIRMED);
        assertThat(onList("san-jose", email)).isNull();
        assertThat(site.post("/washington/newsletters/unsubscribe", "token", unsubscribe).html()).contains("You are unsubscribed");
        assertThat(onList(WASHINGTON, email)).isNull();
    }

    @Test
    void aBadAddressIsToldWhereThePersonIsAndNobodyButAdminsSeesTheList() {
        Site.Page answer = site.post("/washington/newsletters/subscribe", "email", "someone@localhost", "language", "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html()).contains("Please check the address").contains("someone@localhost")
                .contains("value=\"someone@localhost\"").contains("aria-invalid=\"true\"");
        assertThat(site.post("/washington/newsletters/subscribe", "email", "two@@example.org").status()).isEqualTo(400);

        assertThatThrownBy(() -> signedIn.as("will.editor", () -> subscribers.list(WASHINGTON, 0, 10))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.as("sara.admin", () -> subscribers.list(WASHINGTON, 0, 10))).isInstanceOf(NotAllowed.class);
        assertThat(signedIn.as("will.editor", () -> subscribers.counts(WASHINGTON))).as("editors see how many, not who").isNotNull();
    }

    @Test
    void signUpsFromOneClientAreLimited() {
        int refused = 0;
        int tried = 0;
        while (tried < 30 && refused == 0) {
            Site.Page answer = site.rawFrom("127.0.0.9", "POST /washington/newsletters/subscribe HTTP/1.1", "localhost",
                    "email=not-an-address-" + tried, "Content-Type", "application/x-www-form-urlencoded");
            tried++;
            if (answer.status() == 429) {
                refused++;
                assertThat(answer.html()).contains("Too many sign-ups at once");
            } else {
                assertThat(answer.status()).isEqualTo(400);
            }
        }
        assertThat(tried).as("the 21st sign-up of the hour is refused").isEqualTo(21);
        assertThat(site.post("/washington/newsletters/subscribe", "email", "fine@example").status())
                .as("another client is not held back").isEqualTo(400);
    }

    /** An address on the list as an import of an old list could leave it: confirmed, not checked. */
    private void confirmedOnList(String office, String email) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO newsletter_subscriber (id, office_id, email, language, state, unsubscribe_token, created_at, confirmed_at, version)"
                        + " VALUES ((SELECT COALESCE(MAX(id), 0) + 1000000 FROM newsletter_subscriber), ?, ?, 'en', 'CONFIRMED', ?, ?, ?, 1)")) {
            insert.setString(1, office);
            insert.setString(2, email);
            insert.setString(3, UUID.randomUUID().toString().replace("-", "") + "aaaaaaaaaaa");
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private String unsubscribeToken(String office, String email) {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT unsubscribe_token FROM newsletter_subscriber WHERE office_id = ? AND email = ?")) {
            select.setString(1, office);
            select.setString(2, email);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
