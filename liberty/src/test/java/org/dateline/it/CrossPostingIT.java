package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.notifications.boundary.Notifications;
import org.dateline.notifications.entity.Notification;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.crossposting.entity.IllegalCrossPost;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Image;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a cross-post: San José's story on Washington's site once the Americas regional editor
 * approves it, following its origin (updates, corrections, a kill), taken down by its site or
 * withdrawn everywhere by the region; and every refusal, each leaving things as they were.
 */
@ExtendWith(ArquillianExtension.class)
class CrossPostingIT {

    static final String SAN_JOSE = "san-jose";
    static final String WASHINGTON = "washington";
    static final String GEORGETOWN = "georgetown";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(CrossPostingIT.class, Inbox.class, HeroImagesIT.class, RealmAsKeycloakSeesIt.class);
    }

    @EJB
    CrossPosts crossPosts;

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    Images images;

    @EJB
    AuditTrail audit;

    @EJB
    Notifications notifications;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private static String word() {
        return "xp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Story published(String title) {
        return Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor", Newsroom.story(title));
    }

    /** San José's editor offers the story to Washington, and the regional editor approves it. */
    private CrossPost approvedToWashington(Story story) {
        CrossPost offered = signedIn.as("eli.editor", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(WASHINGTON), "About Washington")).get(0);
        assertThat(offered.state()).isEqualTo(CrossPostState.REQUESTED);
        return signedIn.as("rita.regional", () -> crossPosts.approve(offered.id(), offered.version(), null, "Yes"));
    }

    private CrossPost ledgerEntry(Story story, String target) {
        return signedIn.as("eli.editor", () -> crossPosts.ledger(SAN_JOSE, story.id())).stream()
                .filter(c -> c.targetOffice().equals(target)).findFirst().orElseThrow();
    }

    private Site.Page eventually(String path, Predicate<Site.Page> shows) throws InterruptedException {
        Site.Page page = site.get(path);
        for (int i = 0; i < 100 && !shows.test(page); i++) {
            Thread.sleep(200);
            page = site.get(path);
        }
        return page;
    }

    private static JsonObject json(Site.Page page) {
        return jakarta.json.Json.createReader(new java.io.StringReader(page.html())).readObject();
    }

    @Test
    void anOfferedStoryApprovedByTheRegionIsOnTheTargetsSiteEverywhere() throws InterruptedException {
        String w = word();
        Story story = published("Shelters in Washington " + w);
        CrossPost approved = approvedToWashington(story);
        assertThat(approved.state()).isEqualTo(CrossPostState.LIVE);

        Site.Page page = site.get("/washington/stories/" + story.id());
        assertThat(page.status()).isIn(200, 301);
        Site.Page copy = site.get("/washington/" + json(site.get("/api/v1/washington/stories/" + story.id())).getString("url")
                .replaceFirst("^.*/washington/", ""));
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.html()).contains("Shelters in Washington " + w).contains("Originally published by")
                .contains("San José").contains("<link rel=\"canonical\" href=\"").contains("/san-jose/stories/" + story.id() + "-");
        assertThat(site.get("/washington/").html()).contains("Shelters in Washington " + w);
        assertThat(site.get("/washington/topics/labour-migration").html()).contains("Shelters in Washington " + w);
        assertThat(site.get("/washington/feed.rss").html()).contains("Shelters in Washington " + w);
        assertThat(site.get("/api/v1/washington/stories").html()).contains("Shelters in Washington " + w);
        assertThat(eventually("/washington/search?q=" + w, p -> p.html().contains("1 story found")).html()).contains("1 story found");

        assertThat(signedIn.as("eli.editor", () -> audit.ofStory(SAN_JOSE, story.id()))).extracting(AuditEvent::action)
                .contains("CROSS_POST_REQUEST", "CROSS_POST_APPROVE", "CROSS_POST_GO_LIVE");

        JsonObject asked = Inbox.about("rita.regional@dateline.localhost", "Cross-post to approve: Shelters in Washington " + w);
        assertThat(asked.getString("text")).as("the regional editor hears of the request, with the offices and the note")
                .contains("Eli Editor asked to show").contains("San José → Washington: About Washington")
                .contains("/studio/crossposts/queue.xhtml");
        assertThat(told("will.editor", WASHINGTON, story.id())).as("the target's editors hear it is live on their site")
                .contains(NotificationKind.COPY_LIVE);
        assertThat(Inbox.about("will.editor@dateline.localhost", "Live on your site: Shelters in Washington " + w).getString("text"))
                .contains("San José");
    }

    @Test
    void aCopyNeverShowsOnAnOfficeWithoutALivePlacementOfIt() throws InterruptedException {
        String w = word();
        Story story = published("Only for Washington " + w);
        approvedToWashington(story);
        eventually("/washington/search?q=" + w, p -> p.html().contains("1 story found"));

        assertThat(site.get("/georgetown/stories/" + story.id()).status()).isEqualTo(404);
        assertThat(site.get("/georgetown/").html()).doesNotContain(w);
        assertThat(site.get("/georgetown/feed.rss").html()).doesNotContain(w);
        assertThat(site.get("/georgetown/sitemap.xml").html()).doesNotContain("/stories/" + story.id() + "-");
        assertThat(site.get("/api/v1/georgetown/stories").html()).doesNotContain(w);
        assertThat(site.get("/api/v1/georgetown/stories/" + story.id()).status()).isEqualTo(404);
        assertThat(site.get("/georgetown/search?q=" + w).html()).contains("No stories found");
        String front = site.get("/").html();
        assertThat(front.split("/stories/" + story.id() + "-", -1)).as("the network's front page lists the story once").hasSize(2);
        assertThat(front).contains("/san-jose/stories/" + story.id() + "-").doesNotContain("/washington/stories/" + story.id() + "-");
    }

    @Test
    void aRequestedStoryWaitsForTheOriginAndGoesLiveWhenItIsPublished() throws InterruptedException {
        String title = Newsroom.unique("Embargoed until the origin publishes");
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(title)));
        Story inReview = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), draft.version()));
        CrossPost offered = signedIn.as("eli.editor", () -> crossPosts.offer(SAN_JOSE, draft.id(), List.of(WASHINGTON), null)).get(0);
        CrossPost approved = signedIn.as("rita.regional", () -> crossPosts.approve(offered.id(), offered.version(), null, null));
        assertThat(approved.state()).as("approved, but the origin's story is not live").isEqualTo(CrossPostState.APPROVED);
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("America/Costa_Rica")).plusSeconds(4);
        signedIn.run("eli.editor", () -> editorial.schedule(SAN_JOSE, draft.id(), inReview.version(), soon));
        assertThat(site.get("/washington/stories/" + draft.id()).status()).isEqualTo(404);

        Site.Page page = eventually("/washington/", p -> p.html().contains(title));
        assertThat(page.html()).contains(title);
        assertThat(ledgerEntry(draft, WASHINGTON).state()).isEqualTo(CrossPostState.LIVE);
    }

    @Test
    void anApprovedCopyGoesLiveAtItsReleaseTimeInTheTargetsZone() throws InterruptedException {
        Story story = published(Newsroom.unique("Released at Washington's morning"));
        CrossPost offered = signedIn.as("eli.editor", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(WASHINGTON), null)).get(0);
        LocalDateTime washingtonSoon = LocalDateTime.now(ZoneId.of("America/New_York")).plusSeconds(4);
        CrossPost approved = signedIn.as("rita.regional", () -> crossPosts.approve(offered.id(), offered.version(), washingtonSoon, null));
        assertThat(approved.state()).isEqualTo(CrossPostState.APPROVED);
        assertThat(approved.releaseAt()).isEqualTo(washingtonSoon.atZone(ZoneId.of("America/New_York")).toInstant());
        assertThat(site.get("/washington/").html()).doesNotContain("/stories/" + story.id() + "-");

        Site.Page page = eventually("/washington/", p -> p.html().contains("/stories/" + story.id() + "-"));
        assertThat(page.html()).contains("/stories/" + story.id() + "-");
    }

    @Test
    void aNewRevisionAndACorrectionAtTheOriginReachEveryCopyAtOnce() {
        Story story = published(Newsroom.unique("Before the correction"));
        approvedToWashington(story);
        signedIn.run("eli.editor", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(GEORGETOWN), null));
        CrossPost toGeorgetown = ledgerEntry(story, GEORGETOWN);
        signedIn.run("rita.regional", () -> crossPosts.approve(toGeorgetown.id(), toGeorgetown.version(), null, null));

        String corrected = Newsroom.unique("After the correction");
        Story current = signedIn.as("eli.editor", () -> stories.find(SAN_JOSE, story.id()));
        Story revised = signedIn.as("eli.editor", () -> editorial.revise(SAN_JOSE, story.id(), current.version(),
                new Content(corrected, "San José", null, "A corrected lead.", "<p>Corrected text.</p>", "en",
                        List.of("Labour migration"), null, "An earlier version gave the wrong number of shelters.")));
        Story submitted = signedIn.as("eli.editor", () -> editorial.submitForReview(SAN_JOSE, story.id(), revised.version()));
        signedIn.run("eli.editor", () -> editorial.publish(SAN_JOSE, story.id(), submitted.version()));

        for (String office : List.of(SAN_JOSE, WASHINGTON, GEORGETOWN)) {
            Site.Page page = site.get("/" + office + "/stories/" + story.id());
            Site.Page shown = page.status() == 301 ? site.get(page.header("Location").replaceFirst("^https?://[^/]+", "")) : page;
            assertThat(shown.html()).as(office).contains(corrected).contains("Corrected text.")
                    .contains("An earlier version gave the wrong number of shelters.");
        }
    }

    @Test
    void takingTheStoryOffAtTheOriginKillsEveryCopyAndPuttingItBackDoesNotBringThemBack() {
        Story story = published(Newsroom.unique("Killed at the origin"));
        approvedToWashington(story);
        Story live = signedIn.as("eli.editor", () -> stories.find(SAN_JOSE, story.id()));
        Story unpublished = signedIn.as("eli.editor", () -> editorial.unpublish(SAN_JOSE, story.id(), live.version(), "Legal asked us"));
        assertThat(site.get("/washington/stories/" + story.id()).status()).isEqualTo(404);
        CrossPost killed = ledgerEntry(story, WASHINGTON);
        assertThat(killed.state()).isEqualTo(CrossPostState.WITHDRAWN);
        assertThat(killed.killed()).isTrue();
        assertThat(told("eli.editor", SAN_JOSE, story.id())).as("the one who offered it").contains(NotificationKind.SHARE_APPROVED);
        assertThat(told("will.editor", WASHINGTON, story.id())).as("the target's editors").contains(NotificationKind.COPY_TAKEN_OFF);

        Story again = signedIn.as("eli.editor", () -> editorial.revise(SAN_JOSE, story.id(), unpublished.version(), Newsroom.story("Back again")));
        Story submitted = signedIn.as("eli.editor", () -> editorial.submitForReview(SAN_JOSE, story.id(), again.version()));
        signedIn.run("eli.editor", () -> editorial.publish(SAN_JOSE, story.id(), submitted.version()));
        CrossPost offeredAgain = ledgerEntry(story, WASHINGTON);
        assertThat(offeredAgain.state()).isEqualTo(CrossPostState.APPROVED);
        assertThat(site.get("/washington/stories/" + story.id()).status()).as("not back by itself").isEqualTo(404);

        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> crossPosts.putLiveAgain(offeredAgain.id(), offeredAgain.version())))
                .as("the origin's editor does not decide for the target").isInstanceOf(NotAllowed.class);
        signedIn.run("will.editor", () -> crossPosts.putLiveAgain(offeredAgain.id(), offeredAgain.version()));
        assertThat(site.get("/washington/stories/" + story.id()).status()).isIn(200, 301);
    }

    @Test
    void theTargetTakesItsCopyDownAndTheRegionWithdrawsEverywhere() {
        Story story = published(Newsroom.unique("Taken down"));
        CrossPost live = approvedToWashington(story);
        CrossPost down = signedIn.as("will.editor", () -> crossPosts.withdraw(live.id(), live.version(), "Not for us after all"));
        assertThat(down.state()).isEqualTo(CrossPostState.WITHDRAWN);
        assertThat(site.get("/washington/stories/" + story.id()).status()).isEqualTo(404);
        assertThat(site.get("/san-jose/stories/" + story.id()).status()).as("the origin keeps it").isIn(200, 301);

        Story other = published(Newsroom.unique("Withdrawn everywhere"));
        approvedToWashington(other);
        signedIn.run("eli.editor", () -> crossPosts.offer(SAN_JOSE, other.id(), List.of(GEORGETOWN), null));
        CrossPost toGeorgetown = ledgerEntry(other, GEORGETOWN);
        signedIn.run("rita.regional", () -> crossPosts.approve(toGeorgetown.id(), toGeorgetown.version(), null, null));
        List<CrossPost> withdrawn = signedIn.as("rita.regional", () -> crossPosts.withdrawEverywhere(SAN_JOSE, other.id(), "Everywhere"));
        assertThat(withdrawn).extracting(CrossPost::targetOffice).containsExactlyInAnyOrder(WASHINGTON, GEORGETOWN);
        assertThat(site.get("/washington/stories/" + other.id()).status()).isEqualTo(404);
        assertThat(site.get("/georgetown/stories/" + other.id()).status()).isEqualTo(404);
    }

    @Test
    void aTargetAsksForAStoryAndTheRegionDeclinesIt() {
        Story story = published(Newsroom.unique("Asked for"));
        CrossPost asked = signedIn.as("will.editor", () -> crossPosts.ask(WASHINGTON, SAN_JOSE, story.id(), "We'd like this"));
        assertThat(asked.direction()).isEqualTo(CrossPost.Direction.PULL);
        assertThat(signedIn.as("rita.regional", () -> crossPosts.queue())).extracting(CrossPost::id).contains(asked.id());
        CrossPost declined = signedIn.as("rita.regional", () -> crossPosts.decline(asked.id(), asked.version(), "Not this week"));
        assertThat(declined.state()).isEqualTo(CrossPostState.DECLINED);
        assertThat(signedIn.as("will.editor", () -> notifications.mine(WASHINGTON, 0, 200)).stream()
                .filter(n -> n.storyId() == story.id() && n.kind() == NotificationKind.COPY_DECLINED))
                .as("the one who asked is told why").extracting(Notification::detail).containsExactly("Not this week");
        assertThatThrownBy(() -> signedIn.run("will.editor", () -> crossPosts.putLiveAgain(declined.id(), declined.version())))
                .isInstanceOf(IllegalCrossPost.class);
        assertThat(site.get("/washington/stories/" + story.id()).status()).isEqualTo(404);
        assertThat(signedIn.as("rita.regional", () -> crossPosts.queue())).extracting(CrossPost::id).doesNotContain(asked.id());
    }

    @Test
    void theOriginsHeroImageIsServedOnTheTargetsSiteWhileTheCopyIsLive() {
        Image image = signedIn.as("ana.author", () -> images.upload(SAN_JOSE, HeroImagesIT.picture(1200, 675, "jpeg"),
                "A bus stop in the rain", "Photo: Dateline staff"));
        Story story = Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor",
                Newsroom.story(Newsroom.unique("Illustrated copy")).withHeroImage(image.id()));
        String path = "/washington/" + image.sizes().get(0).path(image.id());
        assertThat(site.get(path).status()).as("not before it is live there").isEqualTo(404);
        CrossPost live = approvedToWashington(story);
        assertThat(site.get(path).status()).isEqualTo(200);
        signedIn.run("will.editor", () -> crossPosts.withdraw(live.id(), live.version(), null));
        assertThat(site.get(path).status()).isEqualTo(404);
    }

    @Test
    void refusalsChangeNothing() {
        Story story = published(Newsroom.unique("Refusals"));
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(WASHINGTON), null)))
                .as("an author cannot request").isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("will.editor", () -> editorial.revise(SAN_JOSE, story.id(), story.version(),
                Newsroom.story("Washington's edit")))).as("the target's editor cannot edit the origin's story").isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(SAN_JOSE), null)))
                .isInstanceOf(IllegalCrossPost.class);
        assertThat(signedIn.as("eli.editor", () -> crossPosts.ledger(SAN_JOSE, story.id()))).isEmpty();

        CrossPost offered = signedIn.as("eli.editor", () -> crossPosts.offer(SAN_JOSE, story.id(), List.of(WASHINGTON), null)).get(0);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> crossPosts.approve(offered.id(), offered.version(), null, null)))
                .as("the origin's editor cannot approve").isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("will.editor", () -> crossPosts.approve(offered.id(), offered.version(), null, null)))
                .as("the target's editor cannot approve").isInstanceOf(NotAllowed.class);
        RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
        keycloak.ensureGroup("/regions/europe/regional-editors");
        String europe = "europe-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createStaff(europe, Keycloak.PASSWORD, "/regions/europe/regional-editors");
        assertThatThrownBy(() -> signedIn.run(europe, () -> crossPosts.approve(offered.id(), offered.version(), null, null)))
                .as("a regional editor of another region cannot approve").isInstanceOf(IllegalCrossPost.class);
        assertThat(signedIn.as(europe, () -> crossPosts.queue())).extracting(CrossPost::id).doesNotContain(offered.id());
        assertThat(ledgerEntry(story, WASHINGTON).state()).isEqualTo(CrossPostState.REQUESTED);
        assertThat(site.get("/washington/stories/" + story.id()).status()).isEqualTo(404);
    }

    /** What the person was told about the story in the office. */
    private List<NotificationKind> told(String person, String office, long storyId) {
        return signedIn.as(person, () -> notifications.mine(office, 0, 200)).stream().filter(n -> n.storyId() == storyId)
                .map(Notification::kind).toList();
    }
}
