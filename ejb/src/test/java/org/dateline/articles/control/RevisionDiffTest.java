package org.dateline.articles.control;

import org.dateline.articles.entity.Comparison;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTest {

    @Test
    void changedWordsAreMarkedAndTheRestIsEscapedText() {
        Comparison.Field body = RevisionDiff.field("body",
                RevisionDiff.paragraphs("<p>Dockers stopped work on Monday.</p><p>Ships wait &amp; wait.</p>"),
                RevisionDiff.paragraphs("<p>Dockers stopped work at <b>Puerto Caldera</b> on Monday.</p><p>Ships wait &amp; wait.</p><p>A &lt;script&gt; new line.</p>"));
        assertThat(body.rows()).extracting(Comparison.Row::change)
                .containsExactly(Comparison.Change.CHANGED, Comparison.Change.SAME, Comparison.Change.ADDED);
        assertThat(body.rows().get(0).older()).isEqualTo("Dockers stopped work on Monday.");
        assertThat(body.rows().get(0).newer()).contains("<ins>").contains("Puerto").contains("Caldera").doesNotContain("<b>");
        assertThat(body.rows().get(1).newer()).isEqualTo("Ships wait &amp; wait.");
        assertThat(body.rows().get(2).newer()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aRemovedWordIsStruckOnTheOlderSide() {
        Comparison.Field title = RevisionDiff.field("title", RevisionDiff.lines("Big port strike"), RevisionDiff.lines("Port strike"));
        assertThat(title.rows()).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo(Comparison.Change.CHANGED);
            assertThat(row.older()).contains("<del>Big");
            assertThat(row.newer()).doesNotContain("<del>").doesNotContain("Big");
        });
    }

    @Test
    void nothingChangedIsOneSameRowAndEmptyFieldsHaveNone() {
        assertThat(RevisionDiff.field("lead", RevisionDiff.lines("Same."), RevisionDiff.lines("Same.")).changed()).isFalse();
        assertThat(RevisionDiff.field("lead", RevisionDiff.lines(null), RevisionDiff.lines(" ")).rows()).isEmpty();
        assertThat(RevisionDiff.paragraphs("One line\nand another")).isEqualTo(List.of("One line", "and another"));
    }
}
