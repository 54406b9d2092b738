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
 * @param correction      when the revision corrects what was published, the short notice readers are
 *                        shown at the top of the story (wherever it is live); null otherwise
 */
public record Content(String title, String dateline, LocalDate publicationDate, String lead, String body,
                      String language, List<String> topics, Long heroImageId, String correction) {

    /** Content without a hero image. */
    public Content(String title, String dateline, LocalDate publicationDate, String lead, String body,
                   String language, List<String> topics) {
        this(title, dateline, publicationDate, lead, body, language, topics, null, null);
    }

    /** Content that corrects nothing. */
    public Content(String title, String dateline, LocalDate publicationDate, String lead, String body,
                   String language, List<String> topics, Long heroImageId) {
        this(title, dateline, publicationDate, lead, body, language, topics, heroImageId, null);
    }

    public Content {
        title = title == null ? "" : title.strip();
        dateline = blankToNull(dateline);
        lead = blankToNull(lead);
        body = body == null ? "" : body;
        language = language == null ? null : language.strip().toLowerCase();
        topics = topics == null ? List.of()
                : topics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        correction = blankToNull(correction);
    }

    public Content withBody(String newBody) {
        return new Content(title, dateline, publicationDate, lead, newBody, language, topics, heroImageId, correction);
    }

    public Content withHeroImage(Long imageId) {
        return new Content(title, dateline, publicationDate, lead, body, language, topics, imageId, correction);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
