package org.dateline.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Edit;
import org.dateline.articles.entity.InvalidStory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's fields as the newsroom API takes them: a JSON object in which a field that is there
 * changes (null clears it) and a field that is left out stays as it is, so that a script that
 * corrects the text of a live story cannot drop its image, topics, language or date by not
 * knowing about them. Fields of the wrong type are refused with what was expected.
 */
final class StoryFields {

    private static final Map<String, Edit.Field> FIELDS = Map.of(
            "title", Edit.Field.TITLE, "dateline", Edit.Field.DATELINE, "publicationDate", Edit.Field.PUBLICATION_DATE,
            "lead", Edit.Field.LEAD, "body", Edit.Field.BODY, "language", Edit.Field.LANGUAGE, "topics", Edit.Field.TOPICS,
            "heroImageId", Edit.Field.HERO_IMAGE, "correction", Edit.Field.CORRECTION);

    /** What the API answers about a story but nobody writes: sending a story back as it was read is fine. */
    private static final Set<String> READ_ONLY = Set.of("id", "state", "version", "updatedBy");

    private StoryFields() {
    }

    static Edit edit(JsonObject json) {
        if (json == null) {
            throw new InvalidStory(List.of("Send the story's fields as a JSON object."));
        }
        List<String> problems = new ArrayList<>();
        Set<Edit.Field> sent = EnumSet.noneOf(Edit.Field.class);
        for (String name : json.keySet()) {
            Edit.Field field = FIELDS.get(name);
            if (field == null && READ_ONLY.contains(name)) {
                continue;
            }
            if (field == null) {
                problems.add("'" + name + "' is not a field of a story; the fields are " + String.join(", ", FIELDS.keySet().stream().sorted().toList()) + ".");
            } else {
                sent.add(field);
            }
        }
        Content values = new Content(text(json, "title", problems), text(json, "dateline", problems), date(json, problems),
                text(json, "lead", problems), text(json, "body", problems), text(json, "language", problems),
                topics(json, problems), image(json, problems), text(json, "correction", problems));
        if (!problems.isEmpty()) {
            throw new InvalidStory(problems);
        }
        return Edit.of(values, sent);
    }

    private static String text(JsonObject json, String name, List<String> problems) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.add("'" + name + "' must be a string.");
        return null;
    }

    private static LocalDate date(JsonObject json, List<String> problems) {
        String date = text(json, "publicationDate", problems);
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add("'" + date + "' is not a date: write the publication date as 2026-11-24.");
            return null;
        }
    }

    private static List<String> topics(JsonObject json, List<String> problems) {
        JsonValue value = json.get("topics");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            problems.add("'topics' must be a list of topic names.");
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Long image(JsonObject json, List<String> problems) {
        JsonValue value = json.get("heroImageId");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        problems.add("'heroImageId' must be the id of one of the office's images.");
        return null;
    }
}
