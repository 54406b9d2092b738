package org.dateline.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Edit;
import org.dateline.articles.entity.InvalidStory;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryFieldsTest {

    static final Content LIVE = new Content("Title", "San José", LocalDate.of(2020, 6, 11), "Lead.", "<p>Body.</p>", "es",
            List.of("Health"), 42L);

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void fieldsLeftOutStayAsTheyAre() {
        Edit edit = StoryFields.edit(json("{\"title\": \"New title\", \"body\": \"<p>New.</p>\"}"));

        assertThat(edit.fields()).containsExactlyInAnyOrder(Edit.Field.TITLE, Edit.Field.BODY);
        assertThat(edit.over(LIVE)).isEqualTo(new Content("New title", "San José", LocalDate.of(2020, 6, 11), "Lead.", "<p>New.</p>", "es",
                List.of("Health"), 42L));
    }

    @Test
    void everyFieldCanBeSetAndNullClears() {
        Edit edit = StoryFields.edit(json("""
                {"title": "T", "dateline": null, "publicationDate": "2026-11-24", "lead": "L", "body": "<p>B</p>",
                 "language": "en", "topics": ["Labour migration", "Health"], "heroImageId": null}"""));

        assertThat(edit.over(LIVE)).isEqualTo(new Content("T", null, LocalDate.of(2026, 11, 24), "L", "<p>B</p>", "en",
                List.of("Labour migration", "Health"), null));
    }

    @Test
    void aStorySentBackAsItWasReadIsTaken() {
        Edit edit = StoryFields.edit(json("{\"id\": 5, \"state\": \"DRAFT\", \"version\": 3, \"updatedBy\": \"ana\", \"title\": \"T\"}"));

        assertThat(edit.fields()).containsExactly(Edit.Field.TITLE);
    }

    @Test
    void wrongTypesAndUnknownFieldsAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> StoryFields.edit(json("{\"topics\": \"Health\", \"heroImageId\": \"big\", \"publicationDate\": \"June\", \"colour\": 1}")))
                .isInstanceOf(InvalidStory.class)
                .satisfies(e -> assertThat(((InvalidStory) e).problems()).containsExactlyInAnyOrder(
                        "'colour' is not a field of a story; the fields are body, correction, dateline, heroImageId, language, lead, publicationDate, title, topics.",
                        "'June' is not a date: write the publication date as 2026-11-24.",
                        "'topics' must be a list of topic names.",
                        "'heroImageId' must be the id of one of the office's images."));
    }
}
