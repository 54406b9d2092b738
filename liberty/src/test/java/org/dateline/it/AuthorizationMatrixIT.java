package org.dateline.it;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every workflow action × own office and another office, with real Keycloak
 * identities: each person's access token, from the test run's Keycloak, sent as Bearer token to the
 * newsroom API, whose actions go through the editorial boundaries. An allowed action changes the
 * story as it should; a refused one answers 403 (no such role in that office) or 404 (no such story
 * in that office) and leaves the story exactly as it was.
 * <p>
 * "Another office" is tried both ways a crafted request could: the other office's story through
 * the other office's address, and the other office's story id through one's own office's address.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(AuthorizationMatrixIT.class);
    }

    /** The workflow actions, each with the story state it is tried from and the state it leads to. */
    enum Action {
        READ_DRAFT("DRAFT", "DRAFT"),
        CREATE(null, "DRAFT"),
        REVISE("DRAFT", "DRAFT"),
        REVISE_IN_REVIEW("IN_REVIEW", "IN_REVIEW"),
        SUBMIT("DRAFT", "IN_REVIEW"),
        REQUEST_CHANGES("IN_REVIEW", "CHANGES_REQUESTED"),
        PUBLISH("IN_REVIEW", "PUBLISHED"),
        SCHEDULE("IN_REVIEW", "SCHEDULED"),
        CANCEL_SCHEDULE("SCHEDULED", "IN_REVIEW"),
        UNPUBLISH("PUBLISHED", "UNPUBLISHED"),
        ARCHIVE("DRAFT", "ARCHIVED"),
        RESTORE("DRAFT", "DRAFT");

        final String from;
        final String to;

        Action(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final Set<Action> WRITING = Set.of(Action.READ_DRAFT, Action.CREATE, Action.REVISE, Action.SUBMIT, Action.RESTORE);
    private static final Set<Action> EVERYTHING = Set.of(Action.values());

    /** The office's own staff that prepare the stories the matrix acts on. */
    private static final String[][] STAFF = {{"san-jose", "ana.author", "eli.editor"}, {"georgetown", "gabe.author", "grace.editor"}};

    final NewsroomApi api = new NewsroomApi();

    @Test
    void authorWritesAndSubmitsInOwnOfficeOnlyAndDecidesNothing() {
        matrix("ana.author", "san-jose", WRITING);
    }

    @Test
    void editorDoesEverythingInOwnOfficeAndNothingInAnother() {
        matrix("eli.editor", "san-jose", EVERYTHING);
    }

    @Test
    void officeAdminReadsOwnOfficesDraftsAndTakesNoWorkflowAction() {
        matrix("sara.admin", "san-jose", Set.of(Action.READ_DRAFT));
    }

    @Test
    void regionalEditorTakesNoWorkflowActionInAnyOfficeOfTheRegion() {
        matrix("rita.regional", "san-jose", Set.of());
    }

    @Test
    void personWithoutRoleTakesNoWorkflowActionAnywhere() {
        matrix("nora.nobody", "san-jose", Set.of());
    }

    @Test
    void requestWithoutTokenIsRefusedBeforeAnyBoundary() {
        assertThat(api.get(null, "san-jose/stories").status()).isEqualTo(401);
    }

    /**
     * @param own     the person's office (for people without one: an office of their region)
     * @param allowed what the person may do there; in the other office they may do nothing
     */
    private void matrix(String person, String own, Set<Action> allowed) {
        String other = own.equals("san-jose") ? "georgetown" : "san-jose";
        SoftAssertions softly = new SoftAssertions();
        for (Action action : Action.values()) {
            attempt(softly, person, action, own, own, allowed.contains(action));
            attempt(softly, person, action, other, other, false);
            if (action != Action.CREATE) {
                attempt(softly, person, action, other, own, false);
            }
        }
        softly.assertAll();
    }

    /**
     * Tries the action on a story of {@code storyOffice}, addressed through {@code addressedAs}.
     */
    private void attempt(SoftAssertions softly, String person, Action action, String storyOffice, String addressedAs, boolean allowed) {
        String what = person + " " + action + " on a " + storyOffice + " story addressed as " + addressedAs;
        NewsroomApi.Answer before = action == Action.CREATE ? null : storyIn(storyOffice, action.from);
        NewsroomApi.Answer answer = act(person, action, addressedAs, before);
        if (allowed) {
            softly.assertThat(answer.status()).as(what + ": " + answer.json()).isBetween(200, 201);
            if (answer.status() / 100 == 2) {
                softly.assertThat(answer.state()).as(what).isEqualTo(action.to);
            }
            return;
        }
        softly.assertThat(answer.status()).as(what + ": " + answer.json()).isIn(403, 404);
        if (before != null) {
            NewsroomApi.Answer after = api.get(editorOf(storyOffice), storyOffice + "/stories/" + before.id());
            softly.assertThat(after.version()).as(what + " left the version").isEqualTo(before.version());
            softly.assertThat(after.state()).as(what + " left the state").isEqualTo(before.state());
            softly.assertThat(after.json().getString("title")).as(what + " left the text").isEqualTo(before.json().getString("title"));
        }
    }

    private NewsroomApi.Answer act(String person, Action action, String office, NewsroomApi.Answer story) {
        String path = office + "/stories" + (story == null ? "" : "/" + story.id());
        String version = story == null ? "" : "?version=" + story.version();
        return switch (action) {
            case READ_DRAFT -> api.get(person, path);
            case CREATE -> api.call(person, "POST", path, NewsroomApi.text(Newsroom.unique("Created by " + person)));
            case REVISE, REVISE_IN_REVIEW -> api.call(person, "PUT", path + version, NewsroomApi.text(Newsroom.unique("Revised by " + person)));
            case SUBMIT -> api.post(person, path + "/submit" + version);
            case REQUEST_CHANGES -> api.post(person, path + "/request-changes" + version + "&comment=Shorter");
            case PUBLISH -> api.post(person, path + "/publish" + version);
            case SCHEDULE -> api.post(person, path + "/schedule" + version + "&at=" + LocalDateTime.now().plusDays(30).withNano(0));
            case CANCEL_SCHEDULE -> api.post(person, path + "/cancel-schedule" + version);
            case UNPUBLISH -> api.post(person, path + "/unpublish" + version + "&comment=Withdrawn");
            case ARCHIVE -> api.post(person, path + "/archive" + version);
            case RESTORE -> api.post(person, path + "/restore" + version + "&revision=1");
        };
    }

    /** A story of the office in the given state, brought there by the office's own author and editor. */
    private NewsroomApi.Answer storyIn(String office, String state) {
        String author = authorOf(office);
        String editor = editorOf(office);
        String stories = office + "/stories";
        NewsroomApi.Answer story = expect(api.call(author, "POST", stories, NewsroomApi.text(Newsroom.unique("Matrix story"))), 201);
        if (state.equals("DRAFT")) {
            return story;
        }
        story = expect(api.post(author, stories + "/" + story.id() + "/submit?version=" + story.version()), 200);
        switch (state) {
            case "IN_REVIEW" -> {
                return story;
            }
            case "SCHEDULED" -> {
                return expect(api.post(editor, stories + "/" + story.id() + "/schedule?version=" + story.version()
                        + "&at=" + LocalDateTime.now().plusDays(30).withNano(0)), 200);
            }
            case "PUBLISHED" -> {
                return expect(api.post(editor, stories + "/" + story.id() + "/publish?version=" + story.version()), 200);
            }
            default -> throw new IllegalArgumentException(state);
        }
    }

    private static NewsroomApi.Answer expect(NewsroomApi.Answer answer, int status) {
        assertThat(answer.status()).as("setting up a story: " + answer.json()).isEqualTo(status);
        return answer;
    }

    private static String authorOf(String office) {
        return List.of(STAFF).stream().filter(s -> s[0].equals(office)).findFirst().orElseThrow()[1];
    }

    private static String editorOf(String office) {
        return List.of(STAFF).stream().filter(s -> s[0].equals(office)).findFirst().orElseThrow()[2];
    }
}
