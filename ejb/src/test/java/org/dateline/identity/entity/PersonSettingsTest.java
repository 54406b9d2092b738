package org.dateline.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonSettingsTest {

    private static final Instant NOW = Instant.parse("2020-06-11T18:00:00Z");

    @Test
    void someoneWhoChoseNothingFollowsTheBrowserAndGetsMail() {
        PersonSettings settings = PersonSettings.defaults("eli.editor");

        assertThat(settings.language()).isEmpty();
        assertThat(settings.mailNotifications()).isTrue();
        assertThat(settings.updatedAt()).isNull();
    }

    @Test
    void aChosenLanguageIsKeptAndNullFollowsTheBrowserAgain() {
        PersonSettings settings = PersonSettings.defaults("eli.editor");

        settings.chooseLanguage("es", NOW);
        assertThat(settings.language()).contains("es");
        assertThat(settings.updatedAt()).isEqualTo(NOW);

        settings.chooseLanguage(null, NOW.plusSeconds(60));
        assertThat(settings.language()).isEmpty();
    }

    @Test
    void onlyALanguageCodeIsALanguage() {
        PersonSettings settings = PersonSettings.defaults("eli.editor");

        assertThatThrownBy(() -> settings.chooseLanguage("Español", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.chooseLanguage("es'); DROP TABLE person_settings; --", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.chooseLanguage("", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.language()).isEmpty();
    }
}
