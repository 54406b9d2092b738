package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    @Test
    void theEditorialBoundarysProblemsAreTiedToTheirFields() {
        assertThat(Refusals.fieldOf("The title is required.")).isEqualTo("title");
        assertThat(Refusals.fieldOf("The title is 301 characters long; at most 300 fit.")).isEqualTo("title");
        assertThat(Refusals.fieldOf("The text shows an image from 'https://evil.example/x.png', which is not in the office's image library; add images from the library."))
                .isEqualTo("body");
        assertThat(Refusals.fieldOf("The office publishes in en, es, not in 'fr'.")).isEqualTo("language");
        assertThat(Refusals.fieldOf("There is no image 9 in office 'san-jose' to show at the top of the story.")).isEqualTo("hero");
        assertThat(Refusals.fieldOf("The correction notice is 501 characters long; at most 500 fit.")).isEqualTo("correction");
        assertThat(Refusals.fieldOf("Something else entirely.")).isNull();
    }
}
