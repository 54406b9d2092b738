package org.dateline.web.studio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChooseLanguageTest {

    @Test
    void theChoiceLeadsBackToTheStudioPageItWasMadeOn() {
        assertThat(ChooseLanguage.back("", "/studio/staff/?office=san-jose")).isEqualTo("/studio/staff/?office=san-jose");
        assertThat(ChooseLanguage.back("", "/studio/")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("/dateline", "/dateline/studio/story.xhtml?id=42")).isEqualTo("/dateline/studio/story.xhtml?id=42");
    }

    @Test
    void itNeverLeadsAwayFromTheStudioNorIntoSignInOrSignOut() {
        assertThat(ChooseLanguage.back("", null)).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "https://evil.example/studio/")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "//evil.example/studio/")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/studio//evil.example")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/studio/../api/newsroom/v1/")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/studio/signout")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/studio/signin/keycloak?redirect_uri=x")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/studio/\r\nSet-Cookie: x=y")).isEqualTo("/studio/");
        assertThat(ChooseLanguage.back("", "/site/home.xhtml")).isEqualTo("/studio/");
    }
}
