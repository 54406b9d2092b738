package org.dateline.importing.control;

import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CourseItemsTest {

    @Test
    void sanJosesTwoELearningItemsAreCoursesAndTheRestStories() throws Exception {
        List<ListingItem> items = ListingParser.parse(ListingParserTest.seed("002_a215a4392d632653.txt"));

        assertThat(items.stream().filter(CourseItems::isCourse).map(ListingItem::title)).containsExactly(
                "The IADB and IOM offer specialized virtual courses on migration governance and management",
                "Counter Trafficking in Persons (CTiP) in Humanitarian Settings");
    }

    @Test
    void theCoursesCarryWhatTheListingSaysOfThem() throws Exception {
        List<ListingItem> items = ListingParser.parse(ListingParserTest.seed("002_a215a4392d632653.txt"));
        String own = CourseItems.mostNamed(items).orElseThrow();

        CourseContent iadb = CourseItems.course(items.get(4), "en", own).orElseThrow().validated();
        CourseContent ctip = CourseItems.course(items.get(6), "en", own).orElseThrow().validated();

        assertThat(own).isEqualTo("IOM");
        assertThat(iadb.provider()).isEqualTo("IADB and IOM");
        assertThat(iadb.format()).isEqualTo(CourseFormat.ONLINE);
        assertThat(iadb.certificate()).isTrue();
        assertThat(iadb.selfPaced()).isTrue();
        assertThat(iadb.summary()).startsWith("A partnership between the Inter-American Development Bank (IADB)");
        assertThat(ctip.provider()).isEqualTo("IOM");
        assertThat(ctip.certificate()).isFalse();
        assertThat(ctip.format()).isEqualTo(CourseFormat.ONLINE);
        assertThat(ctip.summary()).startsWith("Humanitarian crises may exacerbate");
    }

    @Test
    void storiesAboutTrainingsOrOfCourseStayStories() throws Exception {
        // 004 is a newsletter, read as an issue: no item of it is a story or a course
        for (String seed : List.of("000_323cd48798e38a8b.txt", "001_a1439d935b7ea92c.txt", "003_742b0562d7c32d84.txt")) {
            assertThat(ListingParser.parse(ListingParserTest.seed(seed))).as(seed).noneMatch(CourseItems::isCourse);
        }
        ListingItem ofCourse = new ListingItem(1, "Shelters reopen", null, null, List.of("Of course the course of events matters."), null);
        assertThat(CourseItems.isCourse(ofCourse)).isFalse();
    }

    @Test
    void aCourseSaysWhenItIsInPersonOrBlended() {
        assertThat(CourseItems.format("A face-to-face course in Panama")).isEqualTo(CourseFormat.IN_PERSON);
        assertThat(CourseItems.format("A blended course: online modules and a workshop")).isEqualTo(CourseFormat.BLENDED);
        assertThat(CourseItems.format("A virtual course")).isEqualTo(CourseFormat.ONLINE);
    }
}
