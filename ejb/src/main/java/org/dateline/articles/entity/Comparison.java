package org.dateline.articles.entity;

import java.io.Serializable;
import java.util.List;

/**
 * Two revisions of a story side by side, field by field (title, lead, text): each row a line of the
 * older and of the newer, HTML-escaped, the words removed in {@code <del>} and the words added in
 * {@code <ins>}.
 */
public record Comparison(RevisionLine older, RevisionLine newer, List<Field> fields) implements Serializable {

    public Comparison {
        fields = List.copyOf(fields);
    }

    /** What happened to a line between the two revisions. */
    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    public record Row(String older, String newer, Change change) implements Serializable {
    }

    /** One field of the story: {@code title}, {@code lead} or {@code body}. */
    public record Field(String name, List<Row> rows) implements Serializable {

        public Field {
            rows = List.copyOf(rows);
        }

        public boolean changed() {
            return rows.stream().anyMatch(r -> r.change() != Change.SAME);
        }
    }

    public boolean identical() {
        return fields.stream().noneMatch(Field::changed);
    }
}
