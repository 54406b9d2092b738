package org.dateline.search.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a site's search results, with how many stories matched in all and how they fall by
 * topic, year and language.
 *
 * @param facetsExact whether the facet counts are exact; above a few thousand matches they are
 *                    estimated from a sample of the matches, rounded (the total is always exact)
 * @param version the site version the index had reached when it answered: results may be cached
 *                under it, never under a newer one
 */
public record SearchResults(SearchRequest request, long total, List<Hit> hits, List<FacetGroup> facets,
                            boolean facetsExact, long version) {

    /**
     * A story found. {@code titleHtml} and {@code snippetHtml} are escaped text in which the
     * matched words are wrapped in {@code <mark>}; they are safe to write into a page as they are.
     */
    public record Hit(long storyId, String slug, String title, String titleHtml, String snippetHtml, String dateline,
                      LocalDate date, Instant publishedAt, String language, List<String> topics) {

        /** The story page's path below the site's root. */
        public String path() {
            return "stories/" + storyId + "-" + slug;
        }
    }

    /** A value of a facet and how many of the matching stories have it. */
    public record Facet(String value, long count) {
    }

    /** A facet (topic, year or language) and its values, most frequent first (years newest first). */
    public record FacetGroup(String dimension, List<Facet> values) {
    }

    public static SearchResults none(SearchRequest request, long version) {
        return new SearchResults(request, 0, List.of(), List.of(), true, version);
    }

    /** How many pages the results fill (at most {@link SearchRequest#MAX_PAGE}). */
    public int pages() {
        long pages = (total + request.size() - 1) / request.size();
        return (int) Math.min(pages, SearchRequest.MAX_PAGE);
    }

    public boolean hasNext() {
        return request.page() < pages();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }
}
