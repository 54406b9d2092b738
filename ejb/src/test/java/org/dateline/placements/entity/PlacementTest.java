package org.dateline.placements.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTest {

    private static final Instant FIRST = Instant.parse("2020-06-11T18:00:00Z");
    private static final Instant LATER = Instant.parse("2020-06-12T09:00:00Z");

    private static Map<String, String> topics(String... slugAndName) {
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 0; i < slugAndName.length; i += 2) {
            topics.put(slugAndName[i], slugAndName[i + 1]);
        }
        return topics;
    }

    private static void show(Placement placement, Instant at, LocalDate date, Map<String, String> topics) {
        placement.show(7, "a-story", "A story", null, date, at, null, "<p>Text</p>", "en", topics, at);
    }

    @Test
    void aLivePlacementIsFiledUnderEachOfItsTopicsAtItsPublicationTime() {
        Placement placement = new Placement("san-jose", 42);
        show(placement, FIRST, LocalDate.of(2020, 6, 11), topics("labour-migration", "Labour migration", "health", "Health"));

        assertThat(placement.filedUnder()).extracting(PlacementTopic::topicSlug).containsExactly("labour-migration", "health");
        assertThat(placement.filedUnder()).extracting(PlacementTopic::publishedAt).containsOnly(FIRST);
        assertThat(placement.topics()).containsExactly("Labour migration", "Health");
    }

    @Test
    void aNewRevisionKeepsTheTopicsItStillHasDropsTheOthersAndAddsNewOnes() {
        Placement placement = new Placement("san-jose", 42);
        show(placement, FIRST, LocalDate.of(2020, 6, 11), topics("labour-migration", "Labour migration", "health", "Health"));
        PlacementTopic kept = placement.filedUnder().get(0);

        show(placement, LATER, LocalDate.of(2020, 6, 11), topics("labour-migration", "Labour Migration", "counter-trafficking", "Counter-trafficking"));

        assertThat(placement.filedUnder()).extracting(PlacementTopic::topicSlug).containsExactly("labour-migration", "counter-trafficking");
        assertThat(placement.filedUnder().get(0)).isSameAs(kept);
        assertThat(kept.topicName()).isEqualTo("Labour Migration");
        // still live: it keeps its first publication time, on its topic pages too
        assertThat(placement.filedUnder()).extracting(PlacementTopic::publishedAt).containsOnly(FIRST);
    }

    @Test
    void aWithdrawnPlacementIsOffEveryTopicAndComesBackWithItsNewTime() {
        Placement placement = new Placement("san-jose", 42);
        show(placement, FIRST, LocalDate.of(2020, 6, 11), topics("health", "Health"));
        placement.withdraw(LATER);
        assertThat(placement.filedUnder()).isEmpty();
        assertThat(placement.isLive()).isFalse();

        show(placement, LATER, LocalDate.of(2020, 6, 12), topics("health", "Health"));
        assertThat(placement.filedUnder()).extracting(PlacementTopic::publishedAt).containsExactly(LATER);
    }

    @Test
    void theArchiveMonthFollowsThePublicationDate() {
        assertThat(Placement.monthOf(LocalDate.of(2020, 6, 11))).isEqualTo(202006);
        assertThat(Placement.monthOf(LocalDate.of(1999, 12, 31))).isEqualTo(199912);
        assertThat(new ArchiveMonth(202009, 3L).month()).hasToString("2020-09");
    }
}
