package org.dateline.articles.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person changed in a story when they save: the fields they sent, with their new values.
 * Every field they did not send stays as the working revision has it, so that a client that knows
 * only some fields (a script that corrects the text, an older editor page) cannot wipe the others —
 * the hero image, the topics, the language or the publication date of a live story.
 *
 * @param values the new values; only those of {@link #fields} count
 * @param fields the fields the person changed
 */
public record Edit(Content values, Set<Field> fields) {

    /** The fields of a story's text, as a save may change them one by one. */
    public enum Field {
        TITLE, DATELINE, PUBLICATION_DATE, LEAD, BODY, LANGUAGE, TOPICS, HERO_IMAGE, CORRECTION
    }

    public Edit {
        if (values == null) {
            throw new InvalidStory(java.util.List.of("There is nothing to save."));
        }
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
    }

    /** Every field as given: a whole text. A language left out stays what it was (a story always has one). */
    public static Edit of(Content values) {
        Set<Field> all = EnumSet.allOf(Field.class);
        if (values != null && values.language() == null) {
            all.remove(Field.LANGUAGE);
        }
        return new Edit(values, all);
    }

    /** Only the given fields of {@code values}. */
    public static Edit of(Content values, Set<Field> fields) {
        return new Edit(values, fields);
    }

    public boolean changes(Field field) {
        return fields.contains(field);
    }

    /** The text after the edit: the changed fields from this edit, the others from {@code current}. */
    public Content over(Content current) {
        return new Content(
                changes(Field.TITLE) ? values.title() : current.title(),
                changes(Field.DATELINE) ? values.dateline() : current.dateline(),
                changes(Field.PUBLICATION_DATE) ? values.publicationDate() : current.publicationDate(),
                changes(Field.LEAD) ? values.lead() : current.lead(),
                changes(Field.BODY) ? values.body() : current.body(),
                changes(Field.LANGUAGE) && values.language() != null ? values.language() : current.language(),
                changes(Field.TOPICS) ? values.topics() : current.topics(),
                changes(Field.HERO_IMAGE) ? values.heroImageId() : current.heroImageId(),
                changes(Field.CORRECTION) ? values.correction() : current.correction());
    }
}
