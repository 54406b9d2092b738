package org.dateline.articles.entity;

import java.io.Serializable;
import java.time.Instant;

/** A place in a list of stories sorted by last change, newest first: the lines after it are older, or as old with a lower id. */
public record StoryCursor(Instant changedAt, long id) implements Serializable {
}
