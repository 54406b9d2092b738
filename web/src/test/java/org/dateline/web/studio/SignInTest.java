package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {

    @Test
    void keycloakIsAskedForTheLanguageTheBrowserRemembers() {
        assertThat(SignIn.withLanguage("response_type=code&client_id=dateline-studio", Optional.of("es")))
                .isEqualTo("?response_type=code&client_id=dateline-studio&ui_locales=es");
        assertThat(SignIn.withLanguage(null, Optional.of("en"))).isEqualTo("?ui_locales=en");
    }

    @Test
    void withoutALanguageKeycloakFollowsTheBrowserAndAGivenOneStays() {
        assertThat(SignIn.withLanguage("response_type=code", Optional.empty())).isEqualTo("?response_type=code");
        assertThat(SignIn.withLanguage(null, Optional.empty())).isEmpty();
        assertThat(SignIn.withLanguage("ui_locales=en&response_type=code", Optional.of("es"))).isEqualTo("?ui_locales=en&response_type=code");
    }
}
