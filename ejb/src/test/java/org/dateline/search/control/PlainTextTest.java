package org.dateline.search.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void tagsGoAndParagraphsStaySeparate() {
        assertThat(PlainText.of("<p>First <em>one</em>.</p><p>Second.</p>")).isEqualTo("First one. Second.");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(PlainText.of("<p>Caf&#233; &amp; migraci&#xf3;n &lt;3&nbsp;ok</p>")).isEqualTo("Café & migración <3 ok");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(PlainText.of(null)).isEmpty();
        assertThat(PlainText.of("")).isEmpty();
    }
}
