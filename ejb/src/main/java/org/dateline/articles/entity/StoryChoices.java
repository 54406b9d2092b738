package org.dateline.articles.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What the stories list offers to filter by: the people who have started the office's stories
 * (by name), its topics and its languages.
 */
public record StoryChoices(List<Option> authors, List<Option> topics, List<String> languages) implements Serializable {

    public StoryChoices {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
    }

    /** One choice: the value a filter takes, and what the person reads. */
    public record Option(String value, String label) implements Serializable {
    }
}
