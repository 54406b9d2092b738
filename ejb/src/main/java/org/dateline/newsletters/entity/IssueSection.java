package org.dateline.newsletters.entity;

import java.util.List;

/** A headed section of an issue and its items, in their order. */
public record IssueSection(String heading, List<IssueItem> items) {

    public IssueSection {
        heading = heading == null ? "" : heading.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }
}
