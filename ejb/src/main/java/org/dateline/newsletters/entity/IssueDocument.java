package org.dateline.newsletters.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** How an issue's sections and key resources are kept in their columns: JSON documents. */
final class IssueDocument {

    private IssueDocument() {
    }

    static String sections(List<IssueSection> sections) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (IssueSection section : sections) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (IssueItem item : section.items()) {
                JsonObjectBuilder object = Json.createObjectBuilder().add("text", item.text());
                if (item.readMoreStory() != null) {
                    object.add("story", item.readMoreStory());
                }
                if (item.readMoreUrl() != null) {
                    object.add("url", item.readMoreUrl());
                }
                if (item.imageId() != null) {
                    object.add("image", item.imageId());
                }
                items.add(object);
            }
            array.add(Json.createObjectBuilder().add("heading", section.heading()).add("items", items));
        }
        return array.build().toString();
    }

    static List<IssueSection> sections(String json) {
        List<IssueSection> sections = new ArrayList<>();
        for (JsonValue value : read(json)) {
            JsonObject section = value.asJsonObject();
            List<IssueItem> items = new ArrayList<>();
            for (JsonValue i : section.getJsonArray("items")) {
                JsonObject item = i.asJsonObject();
                items.add(new IssueItem(item.getString("text"),
                        item.containsKey("story") ? item.getJsonNumber("story").longValue() : null,
                        item.getString("url", null),
                        item.containsKey("image") ? item.getJsonNumber("image").longValue() : null));
            }
            sections.add(new IssueSection(section.getString("heading"), items));
        }
        return List.copyOf(sections);
    }

    static String resources(List<KeyResource> resources) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (KeyResource resource : resources) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("label", resource.label());
            if (resource.text() != null) {
                object.add("text", resource.text());
            }
            if (resource.url() != null) {
                object.add("url", resource.url());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<KeyResource> resources(String json) {
        return read(json).stream().map(JsonValue::asJsonObject)
                .map(r -> new KeyResource(r.getString("label"), r.getString("text", null), r.getString("url", null))).toList();
    }

    private static JsonArray read(String json) {
        try (var reader = Json.createReader(new StringReader(json == null || json.isBlank() ? "[]" : json))) {
            return reader.readArray();
        }
    }
}
