package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.History;
import org.dateline.articles.entity.Comparison;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.comments.boundary.Comments;
import org.dateline.comments.entity.Comment;
import org.dateline.comments.entity.CommentKind;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.notifications.boundary.Notifications;
import org.dateline.notifications.entity.Notification;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.workflow.boundary.EditLocks;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.boundary.Reviews;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.ReviewLine;
import org.dateline.workflow.entity.ReviewOutcome;
import org.dateline.workflow.entity.StoryConflict;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The newsroom's conversation about a story, through the boundaries: the thread, the inbox and its
 * mail, the review queue and its bulk actions, the history with its diff and restore.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationIT {

    static final String SAN_JOSE = "san-jose";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ConversationIT.class, Inbox.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Comments comments;

    @EJB
    Notifications notifications;

    @EJB
    Reviews reviews;

    @EJB
    History history;

    @EJB
    EditLocks locks;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
    }

    private Story submitted(String title) {
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(title)));
        return signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), draft.version()));
    }

    private List<Notification> of(String person, long storyId) {
        return signedIn.as(person, () -> notifications.mine(SAN_JOSE, 0, 200)).stream()
                .filter(n -> n.storyId() == storyId).toList();
    }

    @Test
    void aRequestForChangesIsInTheThreadAndTheAuthorsInboxAndMail() {
        String title = Newsroom.unique("Harbour strike");
        Story story = submitted(title);
        assertThat(of("eli.editor", story.id())).extracting(Notification::kind).containsExactly(NotificationKind.AWAITS_REVIEW);
        long unreadBefore = signedIn.as("ana.author", () -> notifications.unread(SAN_JOSE));

        signedIn.run("eli.editor", () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version(), "Name the port, please."));

        List<Comment> thread = signedIn.as("ana.author", () -> comments.of(SAN_JOSE, story.id(), 0, 50));
        assertThat(thread).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CommentKind.CHANGES_REQUESTED);
            assertThat(c.author()).isEqualTo("eli.editor");
            assertThat(c.text()).isEqualTo("Name the port, please.");
        });
        assertThat(of("ana.author", story.id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
            assertThat(n.actor()).isEqualTo("eli.editor");
            assertThat(n.storyTitle()).isEqualTo(title);
            assertThat(n.detail()).isEqualTo("Name the port, please.");
            assertThat(n.isRead()).isFalse();
        });
        assertThat(signedIn.as("ana.author", () -> notifications.unread(SAN_JOSE))).isEqualTo(unreadBefore + 1);
        assertThat(of("eli.editor", story.id())).as("nobody is told of their own doing").hasSize(1);

        JsonObject mail = awaitMail("ana.author@dateline.localhost", title);
        assertThat(mail.getString("subject")).isEqualTo("Changes requested: " + title);
        assertThat(mail.getString("text")).contains("Eli Editor asked for changes").contains("Name the port, please.")
                .contains("/studio/history.xhtml?office=san-jose&id=" + story.id());

        signedIn.run("ana.author", () -> comments.write(SAN_JOSE, story.id(), "Done: it is Puerto Caldera."));
        assertThat(of("eli.editor", story.id())).extracting(Notification::kind)
                .as("the editor who wrote in the thread is told of the answer")
                .containsExactly(NotificationKind.COMMENTED, NotificationKind.AWAITS_REVIEW);

        signedIn.run("ana.author", () -> notifications.markAllRead(SAN_JOSE));
        assertThat(signedIn.as("ana.author", () -> notifications.unread(SAN_JOSE))).isZero();
        assertThat(of("ana.author", story.id())).allMatch(Notification::isRead);
    }

    @Test
    void aRefusedTransitionWritesNoCommentAndTellsNobody() {
        String title = Newsroom.unique("Refused request");
        Story story = submitted(title);
        assertThatThrownBy(() -> signedIn.run("eli.editor",
                () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version() - 1, "Stale page")))
                .isInstanceOf(StoryConflict.class);
        assertThatThrownBy(() -> signedIn.run("ana.author",
                () -> editorial.requestChanges(SAN_JOSE, story.id(), story.version(), "Authors cannot")))
                .isInstanceOf(NotAllowed.class);
        assertThat(signedIn.as("ana.author", () -> comments.count(SAN_JOSE, story.id()))).isZero();
        assertThat(of("ana.author", story.id())).isEmpty();
    }

    @Test
    void someoneWhoTurnedMailOffIsToldInTheInboxOnly() {
        String title = Newsroom.unique("Mail off");
        signedIn.run("tom.two-offices", () -> notifications.mail(false));
        try {
            assertThat(signedIn.as("tom.two-offices", () -> notifications.mailOn())).isFalse();
            Story story = submitted(title);
            awaitMail("eli.editor@dateline.localhost", title);
            assertThat(of("tom.two-offices", story.id())).extracting(Notification::kind).containsExactly(NotificationKind.AWAITS_REVIEW);
            assertThat(Inbox.to("tom.two-offices@dateline.localhost")).noneMatch(m -> m.getString("subject").contains(title));
        } finally {
            signedIn.run("tom.two-offices", () -> notifications.mail(true));
        }
    }

    @Test
    void takingOverEditingTellsThePersonWhoWasEditing() {
        Story story = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(Newsroom.unique("Taken over"))));
        signedIn.run("ana.author", () -> locks.open(SAN_JOSE, story.id()));
        signedIn.run("eli.editor", () -> locks.takeOver(SAN_JOSE, story.id()));
        assertThat(of("ana.author", story.id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.LOCK_TAKEN);
            assertThat(n.actor()).isEqualTo("eli.editor");
        });
    }

    @Test
    void theQueueListsStoriesInReviewWithAuthorWaitingSinceAndTopics() {
        String title = Newsroom.unique("In the queue");
        Story story = submitted(title);
        long length = signedIn.as("eli.editor", () -> reviews.queueLength(SAN_JOSE));
        List<ReviewLine> all = signedIn.as("eli.editor", () -> reviews.queue(SAN_JOSE, 0, (int) length));
        assertThat(all).hasSize((int) length);
        assertThat(all).filteredOn(l -> l.storyId() == story.id()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo(title);
            assertThat(l.author()).isEqualTo("ana.author");
            assertThat(l.topics()).containsExactly("Labour migration");
            assertThat(l.waitingSince()).isCloseTo(story.reviewSince(), within(1, java.time.temporal.ChronoUnit.MILLIS));
            assertThat(l.version()).isEqualTo(story.version());
        });
        assertThat(all).extracting(ReviewLine::waitingSince).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> reviews.queue(SAN_JOSE, 0, 10))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> reviews.queue(SAN_JOSE, 0, 10))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aBulkPublishPublishesEachStoryItCanAndSaysWhyNotTheOthers() {
        Story one = submitted(Newsroom.unique("Bulk one"));
        Story two = submitted(Newsroom.unique("Bulk two"));
        Story three = submitted(Newsroom.unique("Bulk three"));
        signedIn.run("ana.author", () -> editorial.withdrawFromReview(SAN_JOSE, three.id(), three.version()));

        List<ReviewOutcome> outcomes = signedIn.as("eli.editor", () -> reviews.publishAll(SAN_JOSE, List.of(
                new Reviews.Seen(one.id(), one.version()), new Reviews.Seen(two.id(), two.version()),
                new Reviews.Seen(three.id(), three.version()))));

        assertThat(outcomes).extracting(ReviewOutcome::storyId).containsExactly(one.id(), two.id(), three.id());
        assertThat(outcomes.get(0).isDone()).isTrue();
        assertThat(outcomes.get(1).isDone()).isTrue();
        assertThat(outcomes.get(2).refusal()).isEqualTo(ReviewOutcome.Refusal.NOT_IN_STATE);
        assertThat(outcomes.get(2).state()).isEqualTo(EditorialState.DRAFT);
        assertThat(outcomes.get(2).changedBy()).isEqualTo("ana.author");
        assertThat(signedIn.as("eli.editor", () -> history.story(SAN_JOSE, one.id())).state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(signedIn.as("eli.editor", () -> history.story(SAN_JOSE, two.id())).state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(signedIn.as("eli.editor", () -> history.story(SAN_JOSE, three.id())).state()).isEqualTo(EditorialState.DRAFT);
        assertThat(of("ana.author", one.id())).extracting(Notification::kind).containsExactly(NotificationKind.PUBLISHED);

        Story reloaded = signedIn.as("eli.editor", () -> history.story(SAN_JOSE, three.id()));
        List<ReviewOutcome> again = signedIn.as("eli.editor", () -> reviews.publishAll(SAN_JOSE,
                List.of(new Reviews.Seen(three.id(), reloaded.version()))));
        assertThat(again).singleElement().satisfies(o -> {
            assertThat(o.refusal()).isEqualTo(ReviewOutcome.Refusal.NOT_IN_STATE);
            assertThat(o.state()).isEqualTo(EditorialState.DRAFT);
        });
    }

    @Test
    void aBulkRequestForChangesPutsTheOneCommentInEachThread() {
        Story one = submitted(Newsroom.unique("Changes one"));
        Story two = submitted(Newsroom.unique("Changes two"));
        List<ReviewOutcome> outcomes = signedIn.as("eli.editor", () -> reviews.requestChangesOfAll(SAN_JOSE, List.of(
                new Reviews.Seen(one.id(), one.version()), new Reviews.Seen(two.id(), two.version())), "Add a source."));
        assertThat(outcomes).allMatch(ReviewOutcome::isDone);
        for (Story story : List.of(one, two)) {
            assertThat(signedIn.as("ana.author", () -> comments.of(SAN_JOSE, story.id(), 0, 10)))
                    .extracting(Comment::text).containsExactly("Add a source.");
        }
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> reviews.requestChangesOfAll(SAN_JOSE,
                List.of(new Reviews.Seen(one.id(), one.version())), " "))).hasMessageContaining("comment is required");
    }

    @Test
    void twoRevisionsCompareWordByWordAndAnEditorRestoresTheFirstOfAStoryInReview() {
        String title = Newsroom.unique("Flood");
        Story draft = signedIn.as("ana.author", () -> editorial.create(SAN_JOSE, Newsroom.story(title)));
        Content second = new Content(title + " update", "San José", null, "A lead for " + title + ".",
                "<p>First paragraph of " + title + ", with <b>more</b> words.</p><p>A new paragraph.</p>", "en",
                List.of("Labour migration"));
        Story revised = signedIn.as("ana.author", () -> editorial.revise(SAN_JOSE, draft.id(), draft.version(), second));
        Story inReview = signedIn.as("ana.author", () -> editorial.submitForReview(SAN_JOSE, draft.id(), revised.version()));

        Comparison diff = signedIn.as("eli.editor", () -> history.compare(SAN_JOSE, draft.id(), 2, 1));
        assertThat(diff.older().number()).isEqualTo(1);
        assertThat(diff.newer().number()).isEqualTo(2);
        assertThat(diff.fields()).extracting(Comparison.Field::name).containsExactly("title", "lead", "body");
        assertThat(diff.fields().get(0).rows()).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo(Comparison.Change.CHANGED);
            assertThat(r.newer()).contains("update</ins>").contains("<ins>");
        });
        assertThat(diff.fields().get(1).changed()).isFalse();
        assertThat(diff.fields().get(2).rows()).extracting(Comparison.Row::change)
                .containsExactly(Comparison.Change.CHANGED, Comparison.Change.ADDED);
        assertThat(diff.fields().get(2).rows().get(0).newer()).contains("<ins>").contains("more").doesNotContain("<b>");

        assertThatThrownBy(() -> signedIn.run("ana.author", () -> editorial.restore(SAN_JOSE, draft.id(), inReview.version(), 1)))
                .isInstanceOf(NotAllowed.class);
        Story restored = signedIn.as("eli.editor", () -> editorial.restore(SAN_JOSE, draft.id(), inReview.version(), 1));
        assertThat(restored.state()).as("a restore under review stays in review").isEqualTo(EditorialState.IN_REVIEW);
        assertThat(signedIn.as("eli.editor", () -> history.revisions(SAN_JOSE, draft.id(), 0, 10))).first().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.title()).isEqualTo(title);
            assertThat(r.note()).isEqualTo("Restored from revision 1");
            assertThat(r.working()).isTrue();
        });
        assertThat(signedIn.as("eli.editor", () -> history.compare(SAN_JOSE, draft.id(), 1, 3)).identical()).isTrue();
        assertThat(signedIn.as("eli.editor", () -> history.timeline(SAN_JOSE, draft.id(), 0, 10)))
                .extracting(AuditEvent::action).startsWith("RESTORE_IN_REVIEW", "SUBMIT", "REVISE", "CREATE");
        assertThat(signedIn.as("eli.editor", () -> history.revisionCount(SAN_JOSE, draft.id()))).isEqualTo(3);
    }

    @Test
    void nothingOfTheConversationLeaksToAnotherOffice() {
        Story story = submitted(Newsroom.unique("San José only"));
        signedIn.run("ana.author", () -> comments.write(SAN_JOSE, story.id(), "Internal note"));
        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> comments.of(SAN_JOSE, story.id(), 0, 10))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> history.timeline(SAN_JOSE, story.id(), 0, 10))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> notifications.mine(SAN_JOSE, 0, 10))).isInstanceOf(NotAllowed.class);
        assertThat(signedIn.as("tom.two-offices", () -> comments.of("georgetown", story.id(), 0, 10)))
                .as("the story's id in another office finds nothing").isEmpty();
        assertThat(signedIn.as("tom.two-offices", () -> notifications.mine("georgetown", 0, 500)))
                .noneMatch(n -> n.storyId() == story.id());
    }

    private static JsonObject awaitMail(String address, String title) {
        return Inbox.about(address, title);
    }
}
