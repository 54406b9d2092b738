package org.dateline.crossposting.entity;

import java.io.Serializable;

/**
 * The story of a cross-post as its origin has it now, for someone deciding on it who may not read
 * the origin's stories otherwise (a regional editor): the live revision, else the working one. The
 * body is the origin's sanitized HTML.
 */
public record StoryPreview(String originName, String title, String dateline, String lead, String body, String language,
                           String correctionNotice, boolean live, String url) implements Serializable {
}
