package org.dateline.web.studio.crossposts;

import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.crossposting.entity.IllegalCrossPost;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal, state and action of cross-posting has its words, so no page falls back to the boundary's English. */
class CrossPostWordsTest {

    @Test
    void everyRefusalStateAndActionHasItsWords() throws IOException {
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/dateline/web/studio/messages.properties"),
                StandardCharsets.UTF_8)) {
            english.load(in);
        }
        for (IllegalCrossPost.Reason reason : IllegalCrossPost.Reason.values()) {
            assertThat(english).as("why a cross-post was refused").containsKey("xp.refused." + reason.name());
        }
        for (String other : new String[]{"NOT_ALLOWED", "CHANGED", "FAILED", "NO_SUCH_STORY", "NO_SUCH_OFFICE"}) {
            assertThat(english).containsKey("xp.refused." + other);
        }
        for (CrossPostState state : CrossPostState.values()) {
            assertThat(english).containsKeys("xp.state." + state.name(), "xp.state." + state.name() + ".word");
        }
        for (CrossPostAction action : CrossPostAction.values()) {
            assertThat(english).containsKey("xp.action." + action.name());
        }
    }
}
