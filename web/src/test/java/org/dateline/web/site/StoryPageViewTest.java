package org.dateline.web.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryPageViewTest {

    @Test
    void theLanguageSwitchIsWrittenInTheLanguageItLeadsTo() {
        assertThat(StoryPageView.switchTo("es")).isEqualTo("Leer en español");
        assertThat(StoryPageView.switchTo("en")).isEqualTo("Read in English");
    }

    @Test
    void aLanguageWithoutWordsOfItsOwnIsNamedInItsOwnWords() {
        assertThat(StoryPageView.switchTo("fr")).isEqualTo("Français");
        assertThat(StoryPageView.switchTo("pt")).isEqualTo("Português");
    }

    @Test
    void aFeedSaysWhatItIsInItsOfficesLanguage() {
        assertThat(SiteWords.format(SiteWords.in("es"), "feed.topicDescription", "San José", "Migración laboral"))
                .isEqualTo("Las últimas noticias de San José sobre Migración laboral.");
        assertThat(SiteWords.format(SiteWords.in("en"), "list.count", 0)).isEqualTo("0 stories");
        assertThat(SiteWords.format(SiteWords.in("es"), "list.count", 1)).isEqualTo("1 noticia");
        assertThat(SiteWords.format(SiteWords.in("es"), "list.count", 1234)).isEqualTo("1.234 noticias");
    }
}
