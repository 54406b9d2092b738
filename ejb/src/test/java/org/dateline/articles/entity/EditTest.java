package org.dateline.articles.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditTest {

    static final Content LIVE = new Content("Shelters reopen", "San José", LocalDate.of(2020, 6, 11), "The lead.", "<p>Body.</p>", "es",
            List.of("Labour migration", "Health"), 42L);

    @Test
    void aCorrectionOfTheTextKeepsImageTopicsLanguageAndDate() {
        Content sent = new Content("Shelters reopen in Juárez", "Ciudad Juárez", null, "A new lead.", "<p>Corrected.</p>", null, List.of());
        Content after = Edit.of(sent, EnumSet.of(Edit.Field.TITLE, Edit.Field.DATELINE, Edit.Field.LEAD, Edit.Field.BODY)).over(LIVE);

        assertThat(after).isEqualTo(new Content("Shelters reopen in Juárez", "Ciudad Juárez", LocalDate.of(2020, 6, 11), "A new lead.",
                "<p>Corrected.</p>", "es", List.of("Labour migration", "Health"), 42L));
    }

    @Test
    void aFieldThatWasSentAsEmptyIsCleared() {
        Content sent = new Content("x", null, null, null, "", null, List.of(), null);
        Content after = Edit.of(sent, EnumSet.of(Edit.Field.DATELINE, Edit.Field.TOPICS, Edit.Field.HERO_IMAGE)).over(LIVE);

        assertThat(after.dateline()).isNull();
        assertThat(after.topics()).isEmpty();
        assertThat(after.heroImageId()).isNull();
        assertThat(after.title()).isEqualTo("Shelters reopen");
        assertThat(after.body()).isEqualTo("<p>Body.</p>");
    }

    @Test
    void aWholeTextWithoutALanguageKeepsTheStorysLanguage() {
        Content whole = new Content("T", "D", null, "L", "<p>B</p>", null, List.of("Health"), null);

        assertThat(Edit.of(whole).over(LIVE)).isEqualTo(new Content("T", "D", null, "L", "<p>B</p>", "es", List.of("Health"), null));
        assertThat(Edit.of(whole.withHeroImage(7L)).over(LIVE).heroImageId()).isEqualTo(7L);
    }

    @Test
    void anEditOfNoFieldChangesNothing() {
        assertThat(Edit.of(new Content("", null, null, null, null, null, null), EnumSet.noneOf(Edit.Field.class)).over(LIVE))
                .isEqualTo(LIVE);
    }
}
