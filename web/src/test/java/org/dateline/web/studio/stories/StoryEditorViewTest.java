package org.dateline.web.studio.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryEditorViewTest {

    @Test
    void aBodyTheServerOnlyRewroteIsTheSameBody() {
        String sent = "<h2>What happened</h2><p>Rivers &quot;rose&quot;.</p><p><br></p><ul><li>Roads</li></ul>"
                + "<p><a href=\"https://example.org\" target=\"_blank\">link</a></p>";
        String stored = "<h2>What happened</h2><p>Rivers &#34;rose&#34;.</p>\n<ul><li>Roads</li></ul>\n"
                + "<p><a href=\"https://example.org\" rel=\"nofollow\">link</a></p>";
        assertThat(StoryEditorView.canonical(sent)).isEqualTo(StoryEditorView.canonical(stored));
    }

    @Test
    void aBodyWithOtherWordsOrOtherElementsIsAChange() {
        assertThat(StoryEditorView.canonical("<p>Rivers rose.</p>")).isNotEqualTo(StoryEditorView.canonical("<p>Rivers fell.</p>"));
        assertThat(StoryEditorView.canonical("<p>Rivers rose.</p>")).isNotEqualTo(StoryEditorView.canonical("<h2>Rivers rose.</h2>"));
    }

    @Test
    void aFieldsProblemsAreShownNextToIt() {
        assertThat(StoryEditorView.fieldId("title")).isEqualTo("editor:title");
        assertThat(StoryEditorView.fieldId("hero")).isEqualTo("editor:hero-file");
        assertThat(StoryEditorView.fieldId("when")).isNull();
    }
}
