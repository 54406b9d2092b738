package org.dateline.articles.entity;

import org.dateline.workflow.entity.EditorialState;

import java.io.Serializable;

/**
 * Which of an office's stories a list shows; every part is optional (null: any).
 *
 * @param author   the username of the person who started the story
 * @param topic    the slug of a topic of the working revision
 * @param language the working revision's language
 * @param title    words the working revision's title contains, in any case
 */
public record StoryFilter(EditorialState state, String author, String topic, String language, StoryAge age, String title)
        implements Serializable {

    public static final StoryFilter ALL = new StoryFilter(null, null, null, null, null, null);

    public StoryFilter {
        author = blankToNull(author);
        topic = blankToNull(topic);
        language = blankToNull(language);
        title = blankToNull(title);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
