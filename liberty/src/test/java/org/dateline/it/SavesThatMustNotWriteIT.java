package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.articles.entity.Topic;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Image;
import org.dateline.workflow.boundary.Editorial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves that must write nothing, or nothing but what the person changed, tried through the newsroom
 * API as its callers would: an author's stale save into a story under review, a correction of a
 * live story's text that knows nothing of its image, topics, language or date, and an image in the
 * text that points at the studio.
 */
@ExtendWith(ArquillianExtension.class)
class SavesThatMustNotWriteIT {

    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(SavesThatMustNotWriteIT.class, NewsroomApi.class, NewsroomApi.Answer.class, HeroImagesIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    Images images;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;
    NewsroomApi api;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
        api = new NewsroomApi(request.getLocalPort());
    }

    private Story reload(Story story) {
        return signedIn.as("eli.editor", () -> stories.find(SAN_JOSE, story.id()));
    }

    @Test
    void anAuthorsStaleSaveIntoAStoryUnderReviewIsRefusedAndWritesNothing() {
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(Newsroom.unique("Under review"))));
        Story inReview = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), draft.version()));
        int revisions = reload(inReview).revisionCount();

        for (int attempt = 0; attempt < 5; attempt++) {
            NewsroomApi.Answer answer = api.call("ana.author", "PUT", SAN_JOSE + "/stories/" + inReview.id() + "?version=999",
                    NewsroomApi.text("Written into a story under review"));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().getString("error")).contains("revise a story under review");
        }

        Story after = reload(inReview);
        assertThat(after.version()).as("no revision was kept aside, so the version did not move").isEqualTo(inReview.version());
        assertThat(after.revisionCount()).isEqualTo(revisions);
        assertThat(signedIn.as("eli.editor", () -> audit.ofStory(SAN_JOSE, inReview.id())))
                .extracting(AuditEvent::action).doesNotContain("KEEP_CONFLICTING_TEXT");
        NewsroomApi.Answer published = api.post("eli.editor", SAN_JOSE + "/stories/" + inReview.id() + "/publish?version=" + inReview.version());
        assertThat(published.status()).as("the editor's publish is not held up").isEqualTo(200);
        assertThat(published.state()).isEqualTo("PUBLISHED");
    }

    @Test
    void anEditorsStaleSaveOfAStoryUnderReviewIsStillKeptAside() {
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(Newsroom.unique("Kept aside"))));
        Story inReview = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), draft.version()));

        NewsroomApi.Answer answer = api.call("eli.editor", "PUT", SAN_JOSE + "/stories/" + inReview.id() + "?version=" + draft.version(),
                NewsroomApi.text("The editor's own words"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().getString("error")).contains("Your text was kept as revision");
    }

    @Test
    void aCorrectionOfALiveStorysTextKeepsItsImageTopicsLanguageAndDate() {
        Image image = signedIn.as("ana.author", () -> images.upload(SAN_JOSE, HeroImagesIT.picture(1600, 900, "jpeg"),
                "Families wait at a shelter in San José", "Photo: Dateline staff"));
        String title = Newsroom.unique("Albergues reabren");
        Content content = new Content(title, "San José", LocalDate.of(2020, 6, 11), "Una entradilla.", "<p>Primer párrafo.</p>", "es",
                List.of("Salud", "Migración laboral"), image.id());
        Story live = Newsroom.published(editorial, signedIn, SAN_JOSE, "ana.author", "eli.editor", content);

        NewsroomApi.Answer corrected = api.call("eli.editor", "PUT", SAN_JOSE + "/stories/" + live.id() + "?version=" + live.version(),
                Json.createObjectBuilder().add("title", title + " (corregido)").add("dateline", "San José")
                        .add("lead", "Una entradilla corregida.").add("body", "<p>Primer párrafo, corregido.</p>").build().toString());
        assertThat(corrected.status()).isEqualTo(200);
        NewsroomApi.Answer republished = api.post("eli.editor", SAN_JOSE + "/stories/" + live.id() + "/submit?version=" + corrected.version());
        assertThat(republished.status()).isEqualTo(200);
        republished = api.post("eli.editor", SAN_JOSE + "/stories/" + live.id() + "/publish?version=" + republished.version());
        assertThat(republished.status()).isEqualTo(200);

        Revision working = signedIn.as("eli.editor", () -> stories.working(SAN_JOSE, live.id()));
        assertThat(working.title()).isEqualTo(title + " (corregido)");
        assertThat(working.heroImageId()).isEqualTo(image.id());
        assertThat(working.topics()).extracting(Topic::name).containsExactlyInAnyOrder("Salud", "Migración laboral");
        assertThat(working.language()).isEqualTo("es");
        assertThat(working.publicationDate()).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(republished.json().getString("language")).isEqualTo("es");
        assertThat(republished.json().getJsonNumber("heroImageId").longValue()).isEqualTo(image.id());

        Site.Page page = site.get("/san-jose/stories/" + live.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(title + " (corregido)").contains("Primer párrafo, corregido.")
                .contains("/san-jose/images/" + image.id() + "/").contains("Families wait at a shelter in San José")
                .contains("11 / 06 / 2020").contains("lang=\"es\"").contains("Salud").contains("Migración laboral");
    }

    @Test
    void anImageInTheTextThatPointsAtTheStudioIsRefusedAndTheStoryKeepsItsText() {
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(Newsroom.unique("With a picture"))));
        Revision before = signedIn.as("ana.author", () -> stories.working(SAN_JOSE, draft.id()));
        String trap = "<p>See below.</p><img src=\"/studio/staff/index.xhtml?office=san-jose&amp;invite:role_input=admin\" alt=\"\">";

        NewsroomApi.Answer answer = api.call("ana.author", "PUT", SAN_JOSE + "/stories/" + draft.id() + "?version=" + draft.version(),
                Json.createObjectBuilder().add("body", trap).build().toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getString("error")).contains("/studio/staff/index.xhtml").contains("not in the office's image library");
        Story after = reload(draft);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(signedIn.as("ana.author", () -> stories.working(SAN_JOSE, draft.id())).body()).isEqualTo(before.body());

        Image image = signedIn.as("ana.author", () -> images.upload(SAN_JOSE, HeroImagesIT.picture(960, 540, "jpeg"),
                "A shelter's courtyard", null));
        String own = "/san-jose/" + image.sizes().get(0).path(image.id());
        NewsroomApi.Answer withOwnImage = api.call("ana.author", "PUT", SAN_JOSE + "/stories/" + draft.id() + "?version=" + draft.version(),
                Json.createObjectBuilder().add("body", "<p>See below.</p><img src=\"" + own + "\" alt=\"A shelter's courtyard\">")
                        .build().toString());
        assertThat(withOwnImage.status()).as(withOwnImage.json().toString()).isEqualTo(200);
        assertThat(withOwnImage.json().getString("body")).contains("src=\"" + own + "\"");
    }
}
