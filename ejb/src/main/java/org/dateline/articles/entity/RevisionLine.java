package org.dateline.articles.entity;

import java.io.Serializable;
import java.time.Instant;

/** A revision as a story's history lists it: its number, title, who wrote it and when, and why it exists when it is not a plain save. */
public record RevisionLine(int number, String title, String author, Instant at, String note, boolean working, boolean live)
        implements Serializable {
}
