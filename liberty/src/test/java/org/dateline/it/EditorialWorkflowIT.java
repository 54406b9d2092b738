package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.placements.boundary.Placements;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.StoryConflict;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(ArquillianExtension.class)
class EditorialWorkflowIT {

    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(EditorialWorkflowIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    Placements placements;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    private Story draft(String title) {
        return signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(title)));
    }

    private Story inReview(String title) {
        Story story = draft(title);
        return signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, story.id(), story.version()));
    }

    private Story published(String title) {
        Story story = inReview(title);
        return signedIn.as("eli.editor", () -> editorial.publish(SAN_JOSE, story.id(), story.version()));
    }

    private Story reload(Story story) {
        return signedIn.as("eli.editor", () -> stories.find(SAN_JOSE, story.id()));
    }

    private List<AuditEvent> trail(Story story) {
        return signedIn.as("eli.editor", () -> audit.ofStory(SAN_JOSE, story.id()));
    }

    @Test
    void authorWritesSubmitsAndEditorPublishesToTheOfficeSite() {
        String title = Newsroom.unique("Shelters reopen in Ciudad Juárez");
        Story story = published(title);

        assertThat(story.state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(placements.live(SAN_JOSE, story.id())).get()
                .satisfies(p -> assertThat(p.title()).isEqualTo(title));
        Site.Page home = site.get("/san-jose/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html()).contains(title);
        assertThat(trail(story)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(
                        tuple("CREATE", "ana.author", null, "DRAFT"),
                        tuple("SUBMIT", "ana.author", "DRAFT", "IN_REVIEW"),
                        tuple("PUBLISH", "eli.editor", "IN_REVIEW", "PUBLISHED"));
    }

    @Test
    void bodyIsSanitizedWhenSaved() {
        Story story = draft(Newsroom.unique("Sanitized"));
        Revision working = signedIn.as("ana.author", () -> stories.working(SAN_JOSE, story.id()));
        assertThat(working.body()).contains("<p>First paragraph of").doesNotContain("<script").doesNotContain("alert");
    }

    @Test
    void editorRequestsChangesWithACommentAndAuthorResubmits() {
        Story story = inReview(Newsroom.unique("Needs work"));
        assertThat(signedIn.as("eli.editor", () -> stories.inState(SAN_JOSE, EditorialState.IN_REVIEW, 1000)))
                .extracting(Story::id).contains(story.id());
        Story sentBack = signedIn.as("eli.editor",
                () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version(), "Add the figures from the survey."));
        assertThat(sentBack.state()).isEqualTo(EditorialState.CHANGES_REQUESTED);

        Story revised = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, story.id(), sentBack.version(),
                Newsroom.story("Needs work, with figures")));
        Story resubmitted = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, story.id(), revised.version()));
        assertThat(resubmitted.state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(signedIn.as("eli.editor", () -> stories.inState(SAN_JOSE, EditorialState.CHANGES_REQUESTED, 1000)))
                .extracting(Story::id).doesNotContain(story.id());
        assertThat(trail(story)).filteredOn(e -> e.action().equals("REQUEST_CHANGES"))
                .extracting(AuditEvent::comment).containsExactly("Add the figures from the survey.");
    }

    @Test
    void requestingChangesWithoutACommentIsRefusedAndChangesNothing() {
        Story story = inReview(Newsroom.unique("No comment"));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version(), "  ")))
                .isInstanceOf(InvalidStory.class).hasMessageContaining("comment is required");
        assertThat(reload(story).state()).isEqualTo(EditorialState.IN_REVIEW);
    }

    @Test
    void authorCannotPublishAndNothingChanges() {
        Story story = inReview(Newsroom.unique("Author tries to publish"));
        int eventsBefore = trail(story).size();

        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.publish(SAN_JOSE, story.id(), story.version())))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("may not publish");
        assertThat(reload(story).state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(reload(story).version()).isEqualTo(story.version());
        assertThat(trail(story)).hasSize(eventsBefore);
        assertThat(placements.live(SAN_JOSE, story.id())).isEmpty();
    }

    @Test
    void authorCannotReviseAStoryUnderReviewButTheEditorCan() {
        Story story = inReview(Newsroom.unique("Under review"));
        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Sneaky change"))))
                .isInstanceOf(NotAllowed.class);
        Story fixed = signedIn.as("eli.editor",
                () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Typo fixed by the editor")));
        assertThat(fixed.state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(fixed.revisionCount()).isEqualTo(2);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheStateAndChangeNothing() {
        Story draft = draft(Newsroom.unique("Still a draft"));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.publish(SAN_JOSE, draft.id(), draft.version())))
                .isInstanceOf(IllegalTransition.class).hasMessage("Cannot publish the story: the story is draft.");
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.unpublish(SAN_JOSE, draft.id(), draft.version(), null)))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("not live");
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.schedule(SAN_JOSE, draft.id(), draft.version(), LocalDateTime.now().plusDays(1))))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.cancelSchedule(SAN_JOSE, draft.id(), draft.version())))
                .isInstanceOf(IllegalTransition.class);

        Story live = published(Newsroom.unique("Live already"));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.archive(SAN_JOSE, live.id(), live.version())))
                .isInstanceOf(IllegalTransition.class).hasMessage("Cannot archive the story: the story is published.");
        Story liveDraft = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, live.id(), live.version(), Newsroom.story("New text")));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.archive(SAN_JOSE, live.id(), liveDraft.version())))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("the story is live; unpublish it first");
        Story other = published(Newsroom.unique("Live too"));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.submitForReview(SAN_JOSE, other.id(), other.version())))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("the story is published");
        assertThat(reload(other).state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(reload(live).state()).isEqualTo(EditorialState.DRAFT);
        assertThat(reload(draft).state()).isEqualTo(EditorialState.DRAFT);
        assertThat(trail(draft)).hasSize(1);
    }

    @Test
    void editingAPublishedStoryKeepsTheLiveRevisionUntilTheNewOneIsPublished() {
        String before = Newsroom.unique("Original headline");
        String after = Newsroom.unique("Corrected headline");
        Story live = published(before);

        Story editing = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, live.id(), live.version(), Newsroom.story(after)));
        assertThat(editing.state()).isEqualTo(EditorialState.DRAFT);
        assertThat(editing.isLive()).isTrue();
        assertThat(site.get("/san-jose/").html()).contains(before).doesNotContain(after);

        Story submitted = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, live.id(), editing.version()));
        Story republished = signedIn.as("eli.editor", () -> editorial.publish(SAN_JOSE, live.id(), submitted.version()));
        assertThat(republished.liveRevisionId()).isEqualTo(republished.workingRevisionId()).isNotEqualTo(live.liveRevisionId());
        assertThat(placements.live(SAN_JOSE, live.id())).get().satisfies(p -> assertThat(p.title()).isEqualTo(after));
        assertThat(site.get("/san-jose/").html()).contains(after).doesNotContain(before);
    }

    @Test
    void unpublishTakesTheStoryOffTheSiteAndArchiveFollows() {
        String title = Newsroom.unique("To be withdrawn");
        Story live = published(title);
        Story off = signedIn.as("eli.editor", () -> editorial.unpublish(SAN_JOSE, live.id(), live.version(), "Superseded"));
        assertThat(off.state()).isEqualTo(EditorialState.UNPUBLISHED);
        assertThat(placements.live(SAN_JOSE, live.id())).isEmpty();
        assertThat(site.get("/san-jose/").html()).doesNotContain(title);
        assertThat(site.get("/san-jose/stories/" + live.id()).status()).isEqualTo(404);

        Story archived = signedIn.as("eli.editor", () -> editorial.archive(SAN_JOSE, live.id(), off.version()));
        assertThat(archived.state()).isEqualTo(EditorialState.ARCHIVED);
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.revise(SAN_JOSE, live.id(), archived.version(), Newsroom.story("Back from the archive"))))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("archived");
    }

    @Test
    void restoringAnEarlierRevisionWritesItAsANewRevision() {
        Story story = draft(Newsroom.unique("First wording"));
        String firstTitle = signedIn.as("ana.author", () -> stories.working(SAN_JOSE, story.id())).title();
        Story second = signedIn.as("ana.author",
                () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Second wording")));
        Story restored = signedIn.as("ana.author", () -> editorial.restore(SAN_JOSE, story.id(), second.version(), 1));

        List<Revision> revisions = signedIn.as("ana.author", () -> stories.revisions(SAN_JOSE, story.id()));
        assertThat(revisions).extracting(Revision::number, Revision::title)
                .containsExactly(tuple(1, firstTitle), tuple(2, "Second wording"), tuple(3, firstTitle));
        assertThat(revisions.get(2).note()).isEqualTo("Restored from revision 1");
        assertThat(restored.workingRevisionId()).isEqualTo(revisions.get(2).id());
    }

    @Test
    void schedulingConvertsTheOfficeLocalTimeAndCanBeCancelled() {
        Story story = inReview(Newsroom.unique("For tomorrow morning"));
        LocalDateTime tomorrowNine = LocalDateTime.now(ZoneId.of("America/Costa_Rica")).plusDays(1).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        Story scheduled = signedIn.as("eli.editor", () -> editorial.schedule(SAN_JOSE, story.id(), story.version(), tomorrowNine));
        assertThat(scheduled.state()).isEqualTo(EditorialState.SCHEDULED);
        assertThat(scheduled.scheduledFor()).isEqualTo(tomorrowNine.atZone(ZoneId.of("America/Costa_Rica")).toInstant());
        assertThat(placements.live(SAN_JOSE, story.id())).isEmpty();

        Story cancelled = signedIn.as("eli.editor", () -> editorial.cancelSchedule(SAN_JOSE, story.id(), scheduled.version()));
        assertThat(cancelled.state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(cancelled.scheduledFor()).isNull();
    }

    @Test
    void schedulingInThePastIsRefused() {
        Story story = inReview(Newsroom.unique("Too late"));
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.schedule(SAN_JOSE, story.id(), story.version(), LocalDateTime.now().minusDays(1))))
                .isInstanceOf(InvalidStory.class).hasMessageContaining("has already passed");
        assertThat(reload(story).state()).isEqualTo(EditorialState.IN_REVIEW);
    }

    @Test
    void secondOfTwoConcurrentSavesGetsAConflictAndItsTextIsKept() {
        Story story = draft(Newsroom.unique("Two hands"));
        Content mine = Newsroom.story("Eli's version");
        Content theirs = Newsroom.story("Ana's version");
        signedIn.run("eli.editor", () -> editorial.revise(SAN_JOSE, story.id(), story.version(), mine));

        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.revise(SAN_JOSE, story.id(), story.version(), theirs)))
                .isInstanceOfSatisfying(StoryConflict.class, conflict -> {
                    assertThat(conflict.keptAsRevision()).isEqualTo(3);
                    assertThat(conflict.getMessage()).contains("changed by eli.editor").contains("kept as revision 3");
                });
        assertThat(signedIn.as("ana.author", () -> stories.working(SAN_JOSE, story.id())).title()).isEqualTo("Eli's version");
        List<Revision> revisions = signedIn.as("ana.author", () -> stories.revisions(SAN_JOSE, story.id()));
        assertThat(revisions).extracting(Revision::number, Revision::title, Revision::author)
                .contains(tuple(3, "Ana's version", "ana.author"));
    }

    @Test
    void aTransitionOnAStaleVersionIsAConflict() {
        Story story = inReview(Newsroom.unique("Stale"));
        signedIn.run("eli.editor", () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version(), "Shorter, please."));
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> editorial.publish(SAN_JOSE, story.id(), story.version())))
                .isInstanceOf(StoryConflict.class).hasMessageContaining("Nothing was changed");
        assertThat(reload(story).state()).isEqualTo(EditorialState.CHANGES_REQUESTED);
    }

    @Test
    void invalidContentIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.create(SAN_JOSE,
                new Content(" ", null, null, null, "<p>x</p>", "fr", List.of()))))
                .isInstanceOfSatisfying(InvalidStory.class, e -> assertThat(e.problems()).containsExactly(
                        "The title is required.", "The office publishes in en, es, not in 'fr'."));
    }

    @Test
    void peopleWithoutAnEditorialRoleInTheOfficeCannotWriteThere() {
        assertThatThrownBy(() -> signedIn.run("nora.nobody", () -> editorial.create(SAN_JOSE, Newsroom.story("Nobody's story"))))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("rita.regional", () -> editorial.create(SAN_JOSE, Newsroom.story("Regional story"))))
                .isInstanceOf(NotAllowed.class);
        Story story = inReview(Newsroom.unique("Regional editor may not publish"));
        assertThatThrownBy(() -> signedIn.run("rita.regional", () -> editorial.publish(SAN_JOSE, story.id(), story.version())))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> editorial.publish(SAN_JOSE, story.id(), story.version())))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void aPersonInTwoOfficesHasTheRoleOfEachOfficeThere() {
        Story sanJose = inReview(Newsroom.unique("Tom publishes in San José"));
        Story published = signedIn.as("tom.two-offices", () -> editorial.publish(SAN_JOSE, sanJose.id(), sanJose.version()));
        assertThat(published.state()).isEqualTo(EditorialState.PUBLISHED);

        Story georgetown = signedIn.as("tom.two-offices", () -> editorial.create("georgetown", Newsroom.story("Tom writes in Georgetown")));
        Story submitted = signedIn.as("tom.two-offices", () -> editorial.submitForReview("georgetown", georgetown.id(), georgetown.version()));
        assertThatThrownBy(() -> signedIn.run("tom.two-offices", () -> editorial.publish("georgetown", georgetown.id(), submitted.version())))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void theAuthorWithdrawsAStoryFromReviewToGoOnWritingIt() {
        Story story = inReview(Newsroom.unique("Not ready after all"));
        Story back = signedIn.as("ana.author", () -> editorial.withdrawFromReview(SAN_JOSE, story.id(), story.version()));
        assertThat(back.state()).isEqualTo(EditorialState.DRAFT);
        Story saved = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, story.id(), back.version(), Newsroom.story("Better now")));
        assertThat(saved.state()).isEqualTo(EditorialState.DRAFT);
        assertThat(trail(story)).extracting(AuditEvent::action).contains("WITHDRAW");
    }

    @Test
    void aSpanishTranslationStartsAsALinkedCopyInSpanish() {
        Story original = draft(Newsroom.unique("Shelters reopen"));
        Story spanish = signedIn.as("ana.author", () -> editorial.translate(SAN_JOSE, original.id(), original.version(), "es"));

        Revision text = signedIn.as("ana.author", () -> stories.working(SAN_JOSE, spanish.id()));
        Revision from = signedIn.as("ana.author", () -> stories.working(SAN_JOSE, original.id()));
        assertThat(text.language()).isEqualTo("es");
        assertThat(text.title()).isEqualTo(from.title());
        assertThat(text.topics()).extracting(org.dateline.articles.entity.Topic::name).containsExactly("Labour migration");
        assertThat(spanish.state()).isEqualTo(EditorialState.DRAFT);
        assertThat(spanish.translationId()).isEqualTo(original.id());
        assertThat(reload(original).translationId()).isEqualTo(spanish.id());

        Story again = reload(original);
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.translate(SAN_JOSE, original.id(), again.version(), "es")))
                .isInstanceOf(InvalidStory.class).hasMessageContaining("already has its translation");
        Story english = draft(Newsroom.unique("English only"));
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.translate(SAN_JOSE, english.id(), english.version(), "en")))
                .isInstanceOf(InvalidStory.class).hasMessageContaining("in English already");
        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> editorial.translate("georgetown", english.id(), english.version(), "es")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPreviewShowsTheWorkingRevisionAsTheSiteWouldWithoutPublishingIt() {
        Story story = draft(Newsroom.unique("Preview me"));
        var preview = signedIn.as("eli.editor", () -> stories.preview(SAN_JOSE, story.id()));
        assertThat(preview.title()).startsWith("Preview me");
        assertThat(preview.body()).contains("<p>First paragraph of").doesNotContain("<script");
        assertThat(placements.live(SAN_JOSE, story.id())).isEmpty();
        assertThatThrownBy(() -> signedIn.run("nora.nobody", () -> stories.preview(SAN_JOSE, story.id())))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void textKeptAsideLeavesTheStorysVersionSoTheNextSaveDoesNotConflict() {
        Story story = draft(Newsroom.unique("Two writers"));
        int kept = signedIn.as("eli.editor", () -> editorial.keepUnsaved(SAN_JOSE, story.id(),
                org.dateline.articles.entity.Edit.of(Newsroom.story("Eli's unsaved words"))));
        assertThat(kept).isEqualTo(2);
        assertThat(reload(story).version()).isEqualTo(story.version());

        Story saved = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, story.id(), story.version(), Newsroom.story("Ana's words")));
        assertThat(saved.revisionCount()).isEqualTo(3);
        List<Revision> revisions = signedIn.as("ana.author", () -> stories.revisions(SAN_JOSE, story.id()));
        assertThat(revisions).extracting(Revision::number).containsExactly(1, 2, 3);
        assertThat(revisions.subList(1, 3)).extracting(Revision::title).containsExactly("Eli's unsaved words", "Ana's words");
        assertThat(signedIn.as("ana.author", () -> stories.working(SAN_JOSE, story.id())).number()).isEqualTo(3);
    }
}
