package org.dateline.newsletters.entity;

/**
 * One of an issue's key resources: its name, what it offers, and its https address when it has one.
 */
public record KeyResource(String label, String text, String url) {

    public KeyResource {
        label = label == null ? "" : label.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
