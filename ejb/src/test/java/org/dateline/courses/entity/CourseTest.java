package org.dateline.courses.entity;

import org.dateline.identity.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static CourseContent content() {
        return new CourseContent("Migration governance", "IADB and IOM", "Free virtual trainings for officials.", "en",
                List.of("Migration governance", "Labour migration"), CourseFormat.ONLINE, "https://example.org/course",
                null, null, true);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        CourseContent bad = new CourseContent(" ", null, "", "fr", List.of("x".repeat(81)), null, "http://example.org",
                null, LocalDate.of(2026, 1, 1), false);

        assertThatThrownBy(bad::validated).isInstanceOfSatisfying(InvalidCourse.class, invalid -> assertThat(invalid.problems())
                .containsExactly("The course needs a title.", "Say who provides the course.", "The course needs a summary.",
                        "The course's language must be English (en) or Spanish (es).",
                        "The topic \"" + "x".repeat(81) + "\" is 81 characters long; at most 80 fit.",
                        "Say whether the course is online, in person or blended.",
                        "The course's link must be an https:// address of at most 2000 characters.",
                        "The course has an end date but no start date; give both, or neither for a self-paced course."));
    }

    @Test
    void aCourseCannotEndBeforeItStarts() {
        CourseContent backwards = new CourseContent("T", "P", "S", "es", List.of(), CourseFormat.BLENDED, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), false);

        assertThatThrownBy(backwards::validated).isInstanceOf(InvalidCourse.class).hasMessageContaining("ends (2026-03-01) before it starts");
    }

    @Test
    void withoutDatesACourseIsSelfPacedAndNeverPast() {
        CourseContent selfPaced = content().validated();

        assertThat(selfPaced.selfPaced()).isTrue();
        assertThat(selfPaced.isPast(LocalDate.of(2999, 1, 1))).isFalse();
        CourseContent ended = new CourseContent("T", "P", "S", "en", List.of(), CourseFormat.IN_PERSON, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), false);
        assertThat(ended.isPast(LocalDate.of(2026, 1, 31))).isFalse();
        assertThat(ended.isPast(LocalDate.of(2026, 2, 1))).isTrue();
    }

    @Test
    void topicsAreKeptByNameAndBySlug() {
        Course course = new Course(new CourseContent("T", "P", "S", "en", List.of(" Migration governance ", "Labour migration",
                "Migration governance"), CourseFormat.ONLINE, null, null, null, false), "ana", NOW);

        assertThat(course.topics()).containsExactly("Migration governance", "Labour migration");
        assertThat(Course.topicsBySlug(course.topics())).containsKeys("migration-governance", "labour-migration");
        assertThat(course.content()).isEqualTo(new CourseContent("T", "P", "S", "en",
                List.of("Migration governance", "Labour migration"), CourseFormat.ONLINE, null, null, null, false));
    }

    @Test
    void aNewCourseIsADraftAndGoesThroughReviewToTheSite() {
        Course course = new Course(content(), "ana.author", NOW);
        assertThat(course.state()).isEqualTo(CourseState.DRAFT);

        course.take(CourseAction.SUBMIT, "ana.author", NOW);
        course.take(CourseAction.PUBLISH, "eli.editor", NOW);

        assertThat(course.state()).isEqualTo(CourseState.PUBLISHED);
        assertThat(course.publishedAt()).isEqualTo(NOW);
        course.take(CourseAction.UNPUBLISH, "eli.editor", NOW);
        assertThat(course.state()).isEqualTo(CourseState.DRAFT);
        assertThat(course.publishedAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(CourseAction.class)
    void everyActionFromEveryStateGoesWhereItSaysOrIsRefusedChangingNothing(CourseAction action) {
        for (CourseState state : CourseState.values()) {
            Course course = in(state);
            if (action == CourseAction.CREATE || !action.startsFrom(state)) {
                assertThatThrownBy(() -> course.take(action, "eli.editor", NOW)).isInstanceOf(IllegalCourseTransition.class);
                assertThat(course.state()).isEqualTo(state);
            } else {
                course.take(action, "eli.editor", NOW);
                assertThat(course.state()).isEqualTo(action.leadsFrom(state));
            }
        }
    }

    @Test
    void onlyEditorsPublishUnpublishImportOrReviseWhatIsInReviewOrLive() {
        for (CourseAction action : List.of(CourseAction.PUBLISH, CourseAction.UNPUBLISH, CourseAction.IMPORT,
                CourseAction.REVISE_IN_REVIEW, CourseAction.REVISE_PUBLISHED)) {
            assertThat(action.roles()).as(action.name()).containsExactly(Role.EDITOR);
        }
        assertThat(CourseAction.SUBMIT.roles()).contains(Role.AUTHOR, Role.EDITOR);
        assertThat(CourseAction.revisionIn(CourseState.PUBLISHED)).isEqualTo(CourseAction.REVISE_PUBLISHED);
    }

    @Test
    void publishingUnpublishingAndRevisingALiveCourseChangeTheSiteNothingElseDoes() {
        assertThat(CourseAction.PUBLISH.changesTheSite(CourseState.IN_REVIEW)).isTrue();
        assertThat(CourseAction.UNPUBLISH.changesTheSite(CourseState.PUBLISHED)).isTrue();
        assertThat(CourseAction.REVISE_PUBLISHED.changesTheSite(CourseState.PUBLISHED)).isTrue();
        assertThat(CourseAction.SUBMIT.changesTheSite(CourseState.DRAFT)).isFalse();
        assertThat(CourseAction.WITHDRAW.changesTheSite(CourseState.IN_REVIEW)).isFalse();
        assertThat(CourseAction.REVISE.changesTheSite(CourseState.DRAFT)).isFalse();
    }

    @Test
    void revisingIsRefusedWhereTheStateDoesNotAllowIt() {
        Course course = new Course(content(), "ana.author", NOW);
        course.revise(new CourseContent("New title", "IOM", "S", "es", List.of(), CourseFormat.BLENDED, null, null, null, false),
                "ana.author", NOW);
        assertThat(course.title()).isEqualTo("New title");
        assertThatThrownBy(() -> course.revise(new CourseContent("", "", "", "", Collections.emptyList(), null, null, null, null,
                false), "ana.author", NOW)).isInstanceOf(InvalidCourse.class);
        assertThat(course.title()).isEqualTo("New title");
    }

    @Test
    void aStaleVersionIsRefused() {
        Course course = new Course(content(), "ana.author", NOW);
        assertThatThrownBy(() -> course.requireVersion(3)).isInstanceOf(CourseConflict.class).hasMessageContaining("ana.author");
    }

    @Test
    void readersFiltersAreCleanedAndWrittenOneWay() {
        CourseFilter filter = CourseFilter.of(" Migration-Governance ", "ES", "in-person", "past");
        assertThat(filter).isEqualTo(new CourseFilter("migration-governance", "es", CourseFormat.IN_PERSON, CoursePeriod.PAST));
        assertThat(filter.query()).isEqualTo("?topic=migration-governance&language=es&format=in-person&when=past");
        assertThat(CourseFilter.of("<script>", "fr", "ONLINE ", "soon")).isEqualTo(
                new CourseFilter(null, null, CourseFormat.ONLINE, CoursePeriod.CURRENT));
        assertThat(CourseFilter.of(null, null, null, null)).isEqualTo(CourseFilter.CURRENT);
        assertThat(CourseFilter.CURRENT.query()).isEmpty();
    }

    private static Course in(CourseState state) {
        Course course = new Course(content(), "ana.author", NOW);
        if (state != CourseState.DRAFT) {
            course.take(CourseAction.SUBMIT, "ana.author", NOW);
        }
        if (state == CourseState.PUBLISHED) {
            course.take(CourseAction.PUBLISH, "eli.editor", NOW);
        }
        return course;
    }
}
