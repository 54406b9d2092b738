package org.dateline.newsletters.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an issue cannot be kept, so that a page can say it next to the field it is about and
 * in the person's language: where it is ({@code title}, {@code sections:1:heading},
 * {@code sections:0:items:2:url}, {@code resources:0:label}; indices from 0), what is wrong, the
 * numbers the wording needs, and the wording in the newsroom's English.
 */
public record IssueProblem(String field, Kind kind, List<Object> arguments, String text) implements Serializable {

    /** What is wrong, whatever the field. */
    public enum Kind {
        MISSING,
        TOO_LONG,
        NOT_HTTPS,
        UNKNOWN_LANGUAGE,
        TWO_LINKS
    }

    public IssueProblem {
        arguments = List.copyOf(arguments);
    }
}
