package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LazyRowsTest {

    /** 45 stories in review, read a page at a time as the review queue reads them. */
    private final List<String> queue = IntStream.rangeClosed(1, 45).mapToObj(i -> "story-" + i).toList();

    private final LazyRows<String> rows = new LazyRows<>(() -> queue.size(),
            (first, size) -> queue.subList(first, Math.min(queue.size(), first + size)), row -> row);

    @Test
    void aRowTickedOnOnePageIsStillFoundAfterThePersonTurnedToAnother() {
        rows.load(0, 20, Map.of(), Map.of());
        rows.load(20, 20, Map.of(), Map.of());

        assertThat(rows.getRowData("story-3")).as("ticked on page 1").isEqualTo("story-3");
        assertThat(rows.getRowData("story-25")).as("ticked on page 2").isEqualTo("story-25");
        assertThat(rows.shown()).hasSize(20).first().isEqualTo("story-21");
    }

    @Test
    void aKeyNoPageHasShownFindsNoRow() {
        rows.load(0, 20, Map.of(), Map.of());

        assertThat(rows.getRowData("story-44")).isNull();
        assertThat(rows.getRowData("not-a-story")).isNull();
    }
}
