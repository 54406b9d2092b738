package org.dateline.newsletters.entity;

/**
 * One short item of a section: its text, an optional "Read more" link (to a story of the office's
 * site, by id, or to an external https address, never both) and an optional image of the office's library.
 */
public record IssueItem(String text, Long readMoreStory, String readMoreUrl, Long imageId) {

    public static IssueItem of(String text) {
        return new IssueItem(text, null, null, null);
    }

    public IssueItem {
        text = text == null ? "" : text.strip();
        readMoreUrl = readMoreUrl == null || readMoreUrl.isBlank() ? null : readMoreUrl.strip();
    }
}
