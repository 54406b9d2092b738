package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudioGuardTest {

    @Test
    void aFormOfTheStudiosOwnPageIsTaken() {
        assertThat(StudioGuard.fromHere("http://localhost:9080", null, "localhost:9080")).isTrue();
        assertThat(StudioGuard.fromHere(null, "http://localhost:9080/studio/story.xhtml?id=4", "localhost:9080")).isTrue();
        assertThat(StudioGuard.fromHere("https://studio.dateline.example", null, "studio.dateline.example")).isTrue();
        assertThat(StudioGuard.fromHere("https://Studio.Dateline.Example", null, "studio.dateline.example:443")).isTrue();
    }

    @Test
    void aFormSentFromAnotherSiteOrPortIsRefused() {
        assertThat(StudioGuard.fromHere("http://evil.example", null, "localhost:9080")).isFalse();
        assertThat(StudioGuard.fromHere("http://localhost:8180", null, "localhost:9080")).as("another port").isFalse();
        assertThat(StudioGuard.fromHere(null, "https://georgetown.dateline.example/stories/1", "studio.dateline.example"))
                .as("a reader site of the same network").isFalse();
        assertThat(StudioGuard.fromHere("null", null, "localhost:9080")).as("a sandboxed or file page").isFalse();
        assertThat(StudioGuard.fromHere("not a url at all %%", null, "localhost:9080")).isFalse();
    }

    @Test
    void theOriginCountsBeforeTheReferer() {
        assertThat(StudioGuard.fromHere("http://evil.example", "http://localhost:9080/studio/", "localhost:9080")).isFalse();
    }

    @Test
    void aRequestWithoutEitherHeaderIsNotFromABrowserPageAndPasses() {
        assertThat(StudioGuard.fromHere(null, null, "localhost:9080")).isTrue();
        assertThat(StudioGuard.fromHere("", " ", "localhost:9080")).isTrue();
    }
}
