package org.dateline.crossposting.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A published story of another office that an office's editors may ask for (a pull), as the list
 * shows it: where it is from, its title and date as the origin shows them, its page there, and how
 * the asking office stands with it already (null: never asked for or offered).
 */
public record StoryToShare(String originOffice, String originName, ZoneId originZone, long storyId,
                           String title, String lead, LocalDate publicationDate, Instant publishedAt, String url,
                           CrossPostState standing) implements Serializable {
}
