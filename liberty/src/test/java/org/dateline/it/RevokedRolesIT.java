package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Story;
import org.dateline.identity.boundary.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revoked role stops working at the next request that needs it, although the person's access
 * token (and a studio sign-in) would carry the old groups for minutes or hours: an editor whose role
 * was revoked keeps sending the token they hold, and is refused, and the story stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
class RevokedRolesIT {

    static final String SAN_JOSE = "san-jose";
    static final String EDITORS = "/offices/san-jose/editors";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(RevokedRolesIT.class, NewsroomApi.class, NewsroomApi.Answer.class, RealmAsKeycloakSeesIt.class);
    }

    @EJB
    Staff staff;

    @EJB
    Stories stories;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    NewsroomApi api;
    RealmAsKeycloakSeesIt keycloak;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        api = new NewsroomApi(request.getLocalPort());
        keycloak = new RealmAsKeycloakSeesIt();
    }

    /** A new editor of San José with the demo password, and a story of theirs under review, made with their token. */
    private NewsroomApi.Answer editorWithAStoryUnderReview(String editor) {
        keycloak.createStaff(editor, Keycloak.PASSWORD, EDITORS);
        NewsroomApi.Answer created = api.call(editor, "POST", SAN_JOSE + "/stories", NewsroomApi.text(Newsroom.unique("Before the revocation")));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        NewsroomApi.Answer submitted = api.post(editor, SAN_JOSE + "/stories/" + created.id() + "/submit?version=" + created.version());
        assertThat(submitted.status()).isEqualTo(200);
        return submitted;
    }

    private Story reload(long id) {
        return signedIn.as("sara.admin", () -> stories.find(SAN_JOSE, id));
    }

    @Test
    void aRoleRevokedOnTheStaffPageStopsWorkingAtTheNextRequest() {
        String editor = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
        NewsroomApi.Answer story = editorWithAStoryUnderReview(editor);

        signedIn.run("sara.admin", () -> staff.revoke(SAN_JOSE, editor, "editor"));

        String token = NewsroomApi.token(editor);
        assertThat(Keycloak.userinfo(token).getString("preferred_username")).as("the token itself is still good").isEqualTo(editor);
        NewsroomApi.Answer save = api.call(editor, "PUT", SAN_JOSE + "/stories/" + story.id() + "?version=" + story.version(),
                NewsroomApi.text("Saved after the revocation"));
        NewsroomApi.Answer publish = api.post(editor, SAN_JOSE + "/stories/" + story.id() + "/publish?version=" + story.version());
        assertThat(save.status()).isEqualTo(403);
        assertThat(publish.status()).isEqualTo(403);
        Story after = reload(story.id());
        assertThat(after.version()).isEqualTo(story.version());
        assertThat(after.state().name()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRoleRevokedInKeycloakItselfStopsWorkingWithinSeconds() throws InterruptedException {
        String editor = "removed-" + UUID.randomUUID().toString().substring(0, 8);
        NewsroomApi.Answer story = editorWithAStoryUnderReview(editor);

        keycloak.removeFromGroup(editor, EDITORS);
        Instant removed = Instant.now();

        NewsroomApi.Answer publish = api.post(editor, SAN_JOSE + "/stories/" + story.id() + "/publish?version=" + (story.version() + 1000));
        while (publish.status() != 403 && Duration.between(removed, Instant.now()).toSeconds() < 30) {
            assertThat(publish.status()).as("a publish over a wrong version, while the role still counts").isEqualTo(409);
            Thread.sleep(500);
            publish = api.post(editor, SAN_JOSE + "/stories/" + story.id() + "/publish?version=" + (story.version() + 1000));
        }
        long seconds = Duration.between(removed, Instant.now()).toSeconds();
        System.out.println("A role removed in Keycloak stopped working after " + seconds + " s");
        assertThat(publish.status()).as("refused within the check interval of dateline.memberships.check-seconds").isEqualTo(403);
        NewsroomApi.Answer rightVersion = api.post(editor, SAN_JOSE + "/stories/" + story.id() + "/publish?version=" + story.version());
        assertThat(rightVersion.status()).isEqualTo(403);
        assertThat(reload(story.id()).state().name()).isEqualTo("IN_REVIEW");
    }
}
