package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StudioLanguagesTest {

    @Test
    void theBrowsersFirstLanguageThatTheStudioSpeaksIsTheOne() {
        assertThat(StudioLanguages.ofAcceptLanguage("es-CR,es;q=0.9,en;q=0.8")).isEqualTo("es");
        assertThat(StudioLanguages.ofAcceptLanguage("en-US,en;q=0.9,es;q=0.8")).isEqualTo("en");
        assertThat(StudioLanguages.ofAcceptLanguage("fr-FR, es-MX;q=0.7")).as("French is not spoken, Mexican Spanish is Spanish").isEqualTo("es");
        assertThat(StudioLanguages.ofAcceptLanguage("es;q=0, en;q=0.5")).as("q=0 means not wanted").isEqualTo("en");
    }

    @Test
    void noUsableHeaderIsEnglish() {
        assertThat(StudioLanguages.ofAcceptLanguage(null)).isEqualTo("en");
        assertThat(StudioLanguages.ofAcceptLanguage("")).isEqualTo("en");
        assertThat(StudioLanguages.ofAcceptLanguage("*")).isEqualTo("en");
        assertThat(StudioLanguages.ofAcceptLanguage("de, zh;q=0.5")).isEqualTo("en");
        assertThat(StudioLanguages.ofAcceptLanguage("%%% not a header")).isEqualTo("en");
    }

    @Test
    void aMessageIsFormattedForItsLanguage() {
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.ENGLISH), "staff.days", 3)).isEqualTo("3 days");
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.ENGLISH), "staff.days", 1)).isEqualTo("1 day");
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.forLanguageTag("es")), "staff.days", 3)).isEqualTo("3 días");
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.forLanguageTag("es")), "refused.FIRST_NAME_TOO_LONG", "San José", 1000))
                .as("numbers as Spanish writes them").isEqualTo("El nombre tiene más de 1.000 caracteres.");
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.ENGLISH), "staff.notSent", "Keycloak said no."))
                .as("an apostrophe of a pattern").contains("the realm's e-mail settings");
    }

    @Test
    void aMissingWordShowsAsItsKey() {
        assertThat(StudioLanguages.text(StudioLanguages.bundle(Locale.ENGLISH), "no.such.word")).isEqualTo("no.such.word");
    }

    @Test
    void languagesAreNamedInTheirOwnWords() {
        assertThat(StudioLanguages.ownName("en")).isEqualTo("English");
        assertThat(StudioLanguages.ownName("es")).isEqualTo("Español");
    }
}
