package org.dateline.search.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRequestTest {

    @Test
    void whateverIsAskedIsHeldWithinBounds() {
        SearchRequest request = SearchRequest.of("  migrantes \u0000 ", " ", "20x0", "ES'", "-3", 500);
        assertThat(request.words()).isEqualTo("migrantes");
        assertThat(request.topic()).isNull();
        assertThat(request.year()).isNull();
        assertThat(request.language()).isNull();
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(SearchRequest.MAX_SIZE);
        assertThat(SearchRequest.of("x", null, null, null, "999", 10).page()).isEqualTo(SearchRequest.MAX_PAGE);
        assertThat(SearchRequest.of("x", "Climate", "2020", "es", "2", 0))
                .isEqualTo(new SearchRequest("x", "Climate", "2020", "es", 2, 1));
    }

    @Test
    void resultsCountTheirPagesUpToTheLastServed() {
        SearchRequest first = new SearchRequest("x", null, null, null, 1, 10);
        assertThat(new SearchResults(first, 12, List.of(), List.of(), true, 1).pages()).isEqualTo(2);
        assertThat(new SearchResults(first, 12, List.of(), List.of(), true, 1).hasNext()).isTrue();
        assertThat(new SearchResults(first.atPage(2), 12, List.of(), List.of(), true, 1).hasNext()).isFalse();
        assertThat(new SearchResults(first, 100_000, List.of(), List.of(), true, 1).pages()).isEqualTo(SearchRequest.MAX_PAGE);
        assertThat(SearchResults.none(first, 3).pages()).isZero();
    }
}
