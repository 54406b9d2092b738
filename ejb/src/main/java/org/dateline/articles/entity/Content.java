package org.dateline.articles.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What an author writes: the fields of one revision. The body is HTML; it is sanitized before a
 * revision is written, whatever the source.
 *
 * @param publicationDate the date the story shows, when it is not the day it goes live (imported
 *                        stories keep their real dates); may be null
 * @param topics          topic names, in the order given
 * @param heroImageId     an image of the story's office shown at the top of the story; may be null
 */
public record Content(String title, String dateline, LocalDate publicationDate, String lead, String body,
                      String language, List<String> topics, Long heroImageId) {

    /** Content without a hero image. */
    public Content(String title, String dateline, LocalDate publicationDate, String lead, String body,
                   String language, List<String> topics) {
        this(title, dateline, publicationDate, lead, body, language, topics, null);
    }

    public Content {
        title = title == null ? "" : title.strip();
        dateline = blankToNull(dateline);
        lead = blankToNull(lead);
        body = body == null ? "" : body;
        language = language == null ? null : language.strip().toLowerCase();
        topics = topics == null ? List.of()
                : topics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public Content withBody(String newBody) {
        return new Content(title, dateline, publicationDate, lead, newBody, language, topics, heroImageId);
    }

    public Content withHeroImage(Long imageId) {
        return new Content(title, dateline, publicationDate, lead, body, language, topics, imageId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
