package org.dateline.articles.entity;

import org.dateline.workflow.entity.EditorialAction;
import org.dateline.workflow.entity.EditorialState;
import org.dateline.workflow.entity.IllegalTransition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.workflow.entity.EditorialAction.ARCHIVE;
import static org.dateline.workflow.entity.EditorialAction.SCHEDULE_UNPUBLISH;
import static org.dateline.workflow.entity.EditorialAction.TAKE_DOWN;
import static org.dateline.workflow.entity.EditorialAction.WITHDRAW;
import static org.dateline.workflow.entity.EditorialAction.CANCEL_SCHEDULE;
import static org.dateline.workflow.entity.EditorialAction.LINK_LIVE_TRANSLATIONS;
import static org.dateline.workflow.entity.EditorialAction.LINK_TRANSLATION;
import static org.dateline.workflow.entity.EditorialAction.LINK_TRANSLATION_IN_REVIEW;
import static org.dateline.workflow.entity.EditorialAction.PUBLISH;
import static org.dateline.workflow.entity.EditorialAction.RELEASE;
import static org.dateline.workflow.entity.EditorialAction.REQUEST_CHANGES;
import static org.dateline.workflow.entity.EditorialAction.RESTORE;
import static org.dateline.workflow.entity.EditorialAction.RESTORE_IN_REVIEW;
import static org.dateline.workflow.entity.EditorialAction.REVISE;
import static org.dateline.workflow.entity.EditorialAction.REVISE_AGAIN;
import static org.dateline.workflow.entity.EditorialAction.REVISE_IN_REVIEW;
import static org.dateline.workflow.entity.EditorialAction.SCHEDULE;
import static org.dateline.workflow.entity.EditorialAction.SUBMIT;
import static org.dateline.workflow.entity.EditorialAction.UNPUBLISH;
import static org.dateline.workflow.entity.EditorialState.ARCHIVED;
import static org.dateline.workflow.entity.EditorialState.CHANGES_REQUESTED;
import static org.dateline.workflow.entity.EditorialState.DRAFT;
import static org.dateline.workflow.entity.EditorialState.IN_REVIEW;
import static org.dateline.workflow.entity.EditorialState.PUBLISHED;
import static org.dateline.workflow.entity.EditorialState.SCHEDULED;
import static org.dateline.workflow.entity.EditorialState.UNPUBLISHED;

class StoryTest {

    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    /**
     * The expected machine, written out by hand: for each state a story can be in (and whether it
     * is live), where each legal action leads. Every pair not listed must be refused.
     */
    static final Map<EditorialState, Map<EditorialAction, EditorialState>> NOT_LIVE = new EnumMap<>(EditorialState.class);
    static final Map<EditorialState, Map<EditorialAction, EditorialState>> LIVE = new EnumMap<>(EditorialState.class);

    static {
        NOT_LIVE.put(DRAFT, Map.of(REVISE, DRAFT, SUBMIT, IN_REVIEW, ARCHIVE, ARCHIVED, RESTORE, DRAFT,
                LINK_TRANSLATION, DRAFT, LINK_LIVE_TRANSLATIONS, DRAFT));
        NOT_LIVE.put(IN_REVIEW, Map.of(REVISE_IN_REVIEW, IN_REVIEW, REQUEST_CHANGES, CHANGES_REQUESTED, PUBLISH, PUBLISHED,
                SCHEDULE, SCHEDULED, LINK_TRANSLATION_IN_REVIEW, IN_REVIEW, LINK_LIVE_TRANSLATIONS, IN_REVIEW, WITHDRAW, DRAFT,
                RESTORE_IN_REVIEW, IN_REVIEW));
        NOT_LIVE.put(CHANGES_REQUESTED, Map.of(REVISE, CHANGES_REQUESTED, SUBMIT, IN_REVIEW, ARCHIVE, ARCHIVED, RESTORE, DRAFT,
                LINK_TRANSLATION, CHANGES_REQUESTED, LINK_LIVE_TRANSLATIONS, CHANGES_REQUESTED));
        NOT_LIVE.put(SCHEDULED, Map.of(REQUEST_CHANGES, CHANGES_REQUESTED, PUBLISH, PUBLISHED, SCHEDULE, SCHEDULED,
                CANCEL_SCHEDULE, IN_REVIEW, RELEASE, PUBLISHED, LINK_TRANSLATION_IN_REVIEW, SCHEDULED, LINK_LIVE_TRANSLATIONS, SCHEDULED));
        NOT_LIVE.put(UNPUBLISHED, Map.of(REVISE_AGAIN, DRAFT, ARCHIVE, ARCHIVED, RESTORE, DRAFT,
                LINK_TRANSLATION, UNPUBLISHED, LINK_LIVE_TRANSLATIONS, UNPUBLISHED));
        NOT_LIVE.put(ARCHIVED, Map.of());

        LIVE.put(DRAFT, Map.of(REVISE, DRAFT, SUBMIT, IN_REVIEW, UNPUBLISH, UNPUBLISHED, RESTORE, DRAFT,
                LINK_TRANSLATION, DRAFT, LINK_LIVE_TRANSLATIONS, DRAFT, SCHEDULE_UNPUBLISH, DRAFT, TAKE_DOWN, UNPUBLISHED));
        LIVE.put(IN_REVIEW, Map.ofEntries(Map.entry(REVISE_IN_REVIEW, IN_REVIEW), Map.entry(REQUEST_CHANGES, CHANGES_REQUESTED),
                Map.entry(PUBLISH, PUBLISHED), Map.entry(SCHEDULE, SCHEDULED), Map.entry(UNPUBLISH, UNPUBLISHED),
                Map.entry(LINK_TRANSLATION_IN_REVIEW, IN_REVIEW), Map.entry(LINK_LIVE_TRANSLATIONS, IN_REVIEW), Map.entry(WITHDRAW, DRAFT),
                Map.entry(SCHEDULE_UNPUBLISH, IN_REVIEW), Map.entry(TAKE_DOWN, UNPUBLISHED), Map.entry(RESTORE_IN_REVIEW, IN_REVIEW)));
        LIVE.put(CHANGES_REQUESTED, Map.of(REVISE, CHANGES_REQUESTED, SUBMIT, IN_REVIEW, UNPUBLISH, UNPUBLISHED, RESTORE, DRAFT,
                LINK_TRANSLATION, CHANGES_REQUESTED, LINK_LIVE_TRANSLATIONS, CHANGES_REQUESTED,
                SCHEDULE_UNPUBLISH, CHANGES_REQUESTED, TAKE_DOWN, UNPUBLISHED));
        LIVE.put(SCHEDULED, Map.ofEntries(Map.entry(REQUEST_CHANGES, CHANGES_REQUESTED), Map.entry(PUBLISH, PUBLISHED),
                Map.entry(SCHEDULE, SCHEDULED), Map.entry(CANCEL_SCHEDULE, IN_REVIEW), Map.entry(RELEASE, PUBLISHED),
                Map.entry(UNPUBLISH, UNPUBLISHED), Map.entry(LINK_TRANSLATION_IN_REVIEW, SCHEDULED),
                Map.entry(LINK_LIVE_TRANSLATIONS, SCHEDULED), Map.entry(SCHEDULE_UNPUBLISH, SCHEDULED), Map.entry(TAKE_DOWN, UNPUBLISHED)));
        LIVE.put(PUBLISHED, Map.of(REVISE_AGAIN, DRAFT, UNPUBLISH, UNPUBLISHED, RESTORE, DRAFT,
                LINK_TRANSLATION, PUBLISHED, LINK_LIVE_TRANSLATIONS, PUBLISHED, SCHEDULE_UNPUBLISH, PUBLISHED, TAKE_DOWN, UNPUBLISHED));
    }

    /** A story brought into the state by legal steps, live or not. */
    static Story storyIn(EditorialState state, boolean live) {
        Story story = new Story("ana", NOW);
        Revision first = story.addRevision(new Content("Title", null, null, null, "", "en", List.of()), List.of(), "ana", NOW, null);
        setId(first, 7L);
        story.workOn(first);
        List<EditorialAction> path = new ArrayList<>();
        if (live) {
            path.addAll(List.of(SUBMIT, PUBLISH));
        }
        switch (state) {
            case DRAFT -> path.add(live ? REVISE_AGAIN : REVISE);
            case IN_REVIEW -> path.addAll(live ? List.of(REVISE_AGAIN, SUBMIT) : List.of(SUBMIT));
            case CHANGES_REQUESTED -> path.addAll(live ? List.of(REVISE_AGAIN, SUBMIT, REQUEST_CHANGES) : List.of(SUBMIT, REQUEST_CHANGES));
            case SCHEDULED -> path.addAll(live ? List.of(REVISE_AGAIN, SUBMIT, SCHEDULE) : List.of(SUBMIT, SCHEDULE));
            case PUBLISHED -> {
                if (!live) {
                    throw new IllegalArgumentException("a published story is live");
                }
            }
            case UNPUBLISHED -> path.addAll(live ? List.of() : List.of(SUBMIT, PUBLISH, UNPUBLISH));
            case ARCHIVED -> path.addAll(List.of(ARCHIVE));
        }
        for (EditorialAction action : path) {
            story.apply(action, "eli", NOW);
            if (action == PUBLISH) {
                story.goLive(NOW);
            } else if (action == UNPUBLISH) {
                story.goOffline();
            }
        }
        assertThat(story.state()).isEqualTo(state);
        assertThat(story.isLive()).isEqualTo(live);
        return story;
    }

    /** Ids come from the database; here the revision gets one by hand. */
    static void setId(Revision revision, long id) {
        try {
            var field = Revision.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(revision, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyActionFromEveryStateLeadsWhereTheMachineSaysOrIsRefused() {
        for (boolean live : new boolean[]{false, true}) {
            Map<EditorialState, Map<EditorialAction, EditorialState>> expected = live ? LIVE : NOT_LIVE;
            for (Map.Entry<EditorialState, Map<EditorialAction, EditorialState>> row : expected.entrySet()) {
                for (EditorialAction action : EditorialAction.values()) {
                    if (action == EditorialAction.CREATE || action == EditorialAction.IMPORT) {
                        continue;
                    }
                    Story story = storyIn(row.getKey(), live);
                    EditorialState target = row.getValue().get(action);
                    String pair = (live ? "live " : "") + row.getKey() + " + " + action;
                    if (target == null) {
                        assertThatThrownBy(() -> story.apply(action, "eli", NOW)).as(pair).isInstanceOf(IllegalTransition.class);
                        assertThat(story.state()).as(pair).isEqualTo(row.getKey());
                    } else {
                        story.apply(action, "eli", NOW);
                        assertThat(story.state()).as(pair).isEqualTo(target);
                    }
                }
            }
        }
    }

    @Test
    void anImportedStoryStartsPublished() {
        Story story = Story.imported("000.txt#3", "demo-import", NOW);
        story.apply(EditorialAction.IMPORT, "demo-import", NOW);
        assertThat(story.state()).isEqualTo(PUBLISHED);
    }

    @Test
    void leavingTheScheduledStateForgetsTheScheduledTime() {
        Story story = storyIn(SCHEDULED, false);
        story.scheduleFor(NOW.plusSeconds(3600));
        story.apply(CANCEL_SCHEDULE, "eli", NOW);
        assertThat(story.scheduledFor()).isNull();
    }

    @Test
    void aScheduledTakeDownCanBeCancelledOnlyWhileItIsScheduledAndEndsWhenTheStoryComesOff() {
        Story story = storyIn(PUBLISHED, true);
        assertThatThrownBy(() -> story.apply(EditorialAction.CANCEL_UNPUBLISH, "eli", NOW)).isInstanceOf(IllegalTransition.class);
        story.apply(SCHEDULE_UNPUBLISH, "eli", NOW);
        story.unpublishAt(NOW.plusSeconds(3600));
        story.apply(EditorialAction.CANCEL_UNPUBLISH, "eli", NOW);
        assertThat(story.unpublishAt()).isNull();
        assertThat(story.state()).isEqualTo(PUBLISHED);

        story.unpublishAt(NOW.plusSeconds(3600));
        story.apply(UNPUBLISH, "eli", NOW);
        assertThat(story.unpublishAt()).as("unpublished by hand: nothing left to take down").isNull();
    }

    @Test
    void revisionsAreNumberedInOrderIncludingTextKeptAside() {
        Story story = new Story("ana", NOW);
        Content content = new Content("Title", null, null, null, "<p>x</p>", "en", List.of());
        assertThat(story.addRevision(content, List.of(), "ana", NOW, null).number()).isEqualTo(1);
        assertThat(story.keepAside(content, List.of(), "eli", NOW, "conflict", 2).number()).isEqualTo(2);
        assertThat(story.revisionCount()).as("text kept aside leaves the story as it is").isEqualTo(1);
        story.numberAfter(2);
        assertThat(story.addRevision(content, List.of(), "ana", NOW, null).number()).isEqualTo(3);
    }

    @Test
    void aSaveIsTheRightActionForTheState() {
        assertThat(EditorialAction.revisionIn(DRAFT)).isEqualTo(REVISE);
        assertThat(EditorialAction.revisionIn(IN_REVIEW)).isEqualTo(REVISE_IN_REVIEW);
        assertThat(EditorialAction.revisionIn(PUBLISHED)).isEqualTo(REVISE_AGAIN);
        assertThat(EditorialAction.revisionIn(UNPUBLISHED)).isEqualTo(REVISE_AGAIN);
        assertThat(EditorialAction.revisionIn(ARCHIVED)).isEqualTo(REVISE);
    }
}
