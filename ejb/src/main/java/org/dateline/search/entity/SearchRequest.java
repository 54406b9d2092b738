package org.dateline.search.entity;

import org.dateline.search.control.ReaderQuery;

/**
 * What a reader asks a site's search: words, optionally narrowed to one topic, year or language,
 * and which page of the results. Anything a reader can type is a valid request: the words are
 * cleaned, the page and its size held within bounds.
 *
 * @param words    the words as searched (cleaned; empty when there is nothing to search)
 * @param topic    a topic's name, or null
 * @param year     a year of publication ("2020"), or null
 * @param language a language code ("es"), or null
 * @param page     1 for the first page
 */
public record SearchRequest(String words, String topic, String year, String language, int page, int size) {

    /** Results beyond this page are not served: no reader pages that far, and deep pages cost more. */
    public static final int MAX_PAGE = 50;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;

    public SearchRequest {
        words = ReaderQuery.clean(words);
        topic = blankToNull(topic, 200);
        year = year != null && year.strip().matches("\\d{4}") ? year.strip() : null;
        language = language != null && language.strip().matches("[a-z]{2,3}") ? language.strip() : null;
        page = Math.max(1, Math.min(page, MAX_PAGE));
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static SearchRequest of(String words, String topic, String year, String language, String page, int size) {
        return new SearchRequest(words, topic, year, language, parsePage(page), size);
    }

    public SearchRequest atPage(int other) {
        return new SearchRequest(words, topic, year, language, other, size);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    private static int parsePage(String page) {
        return page != null && page.strip().matches("\\d{1,3}") ? Integer.parseInt(page.strip()) : 1;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
