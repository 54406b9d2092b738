package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginTest {

    @Test
    void aFormOfTheStudiosOwnPageIsTaken() {
        assertThat(SameOrigin.fromHere("http://localhost:9080", null, "localhost:9080")).isTrue();
        assertThat(SameOrigin.fromHere(null, "http://localhost:9080/studio/story.xhtml?id=4", "localhost:9080")).isTrue();
        assertThat(SameOrigin.fromHere("https://studio.dateline.example", null, "studio.dateline.example")).isTrue();
        assertThat(SameOrigin.fromHere("https://Studio.Dateline.Example", null, "studio.dateline.example:443")).isTrue();
    }

    @Test
    void aFormSentFromAnotherSiteOrPortIsRefused() {
        assertThat(SameOrigin.fromHere("http://evil.example", null, "localhost:9080")).isFalse();
        assertThat(SameOrigin.fromHere("http://localhost:8180", null, "localhost:9080")).as("another port").isFalse();
        assertThat(SameOrigin.fromHere(null, "https://georgetown.dateline.example/stories/1", "studio.dateline.example"))
                .as("a reader site of the same network").isFalse();
        assertThat(SameOrigin.fromHere("null", null, "localhost:9080")).as("a sandboxed or file page").isFalse();
        assertThat(SameOrigin.fromHere("not a url at all %%", null, "localhost:9080")).isFalse();
    }

    @Test
    void theOriginCountsBeforeTheReferer() {
        assertThat(SameOrigin.fromHere("http://evil.example", "http://localhost:9080/studio/", "localhost:9080")).isFalse();
    }

    @Test
    void aRequestWithoutEitherHeaderIsNotFromABrowserPageAndPasses() {
        assertThat(SameOrigin.fromHere(null, null, "localhost:9080")).isTrue();
        assertThat(SameOrigin.fromHere("", " ", "localhost:9080")).isTrue();
    }
}
