package org.dateline.search.boundary;

import org.dateline.search.control.IndexedStories;
import org.dateline.search.entity.SearchRequest;
import org.dateline.search.entity.SearchResults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 11);

    @Test
    void facetsOfASearchWithFewMatchesAreCountedExactly() {
        IndexedStories stories = new IndexedStories();
        for (int i = 0; i < 30; i++) {
            stories.add("san-jose", "Story " + i, "Migrant workers in the region.", i % 3 == 0 ? "es" : "en",
                    i % 5 == 0 ? "Health" : "Training", DATE.minusYears(i % 2));
        }
        stories.add("georgetown", "Elsewhere", "Migrant workers elsewhere.", "en", "Health", DATE);

        SearchResults results = search(stories, "migrant workers");

        assertThat(results.total()).isEqualTo(30);
        assertThat(results.facetsExact()).isTrue();
        assertThat(counts(results, "topic")).containsExactlyInAnyOrderEntriesOf(Map.of("Health", 6L, "Training", 24L));
        assertThat(counts(results, "year")).containsExactlyInAnyOrderEntriesOf(Map.of("2020", 15L, "2019", 15L));
        assertThat(counts(results, "language")).containsExactlyInAnyOrderEntriesOf(Map.of("en", 20L, "es", 10L));
    }

    @Test
    void facetsOfASearchWithManyMatchesAreEstimatedFromASampleAndRoundedButTheTotalIsExact() {
        IndexedStories stories = new IndexedStories();
        int many = Search.FACET_SAMPLE * 3;
        for (int i = 0; i < many; i++) {
            stories.add("san-jose", "Story " + i, "Migrant workers in the region.", "en", i % 4 == 0 ? "Health" : "Training", DATE);
        }

        SearchResults results = search(stories, "migrant workers");

        assertThat(results.total()).isEqualTo(many);
        assertThat(results.facetsExact()).isFalse();
        Map<String, Long> topics = counts(results, "topic");
        assertThat(topics.get("Training")).isCloseTo(many * 3 / 4, within(many / 20L)).matches(n -> n % 100 == 0, "rounded");
        assertThat(topics.get("Health")).isCloseTo(many / 4, within(many / 20L)).matches(n -> n % 100 == 0, "rounded");
        assertThat(counts(results, "language")).containsOnlyKeys("en");
        assertThat(results.hits()).hasSize(SearchRequest.DEFAULT_SIZE);
    }

    @Test
    void theSameSearchShowsTheSameEstimates() {
        IndexedStories stories = new IndexedStories();
        for (int i = 0; i < Search.FACET_SAMPLE * 2; i++) {
            stories.add("san-jose", "Story " + i, "Migrant workers.", i % 3 == 0 ? "es" : "en", "Health", DATE.minusYears(i % 7));
        }

        assertThat(search(stories, "migrant").facets()).isEqualTo(search(stories, "migrant").facets());
    }

    @Test
    void estimatesKeepTwoSignificantDigits() {
        assertThat(Search.roughly(23_456)).isEqualTo(23_000);
        assertThat(Search.roughly(1_250)).isEqualTo(1_300);
        assertThat(Search.roughly(999)).isEqualTo(1_000);
        assertThat(Search.roughly(150)).isEqualTo(150);
        assertThat(Search.roughly(99)).isEqualTo(99);
        assertThat(Search.roughly(0)).isZero();
    }

    @Test
    void snippetsMarkTheWordsInTheHitsOwnLanguage() {
        IndexedStories stories = new IndexedStories()
                .add("san-jose", "Migrantes en Honduras", "Los migrantes reciben apoyo. Otra frase sin nada.", "es", "Health", DATE)
                .add("san-jose", "Workers in Jamaica", "Support for migrants. Another sentence.", "en", "Health", DATE);

        SearchResults results = search(stories, "migrantes");

        assertThat(results.hits()).extracting(SearchResults.Hit::titleHtml)
                .containsExactlyInAnyOrder("<mark>Migrantes</mark> en Honduras", "Workers in Jamaica");
        assertThat(results.hits()).extracting(SearchResults.Hit::snippetHtml)
                .anySatisfy(s -> assertThat(s).contains("Los <mark>migrantes</mark> reciben apoyo."))
                .anySatisfy(s -> assertThat(s).contains("Support for <mark>migrants</mark>."));
    }

    private static SearchResults search(IndexedStories stories, String words) {
        Search search = new Search();
        search.index = stories.index();
        return search.find("san-jose", new SearchRequest(words, null, null, null, 1, SearchRequest.DEFAULT_SIZE));
    }

    private static Map<String, Long> counts(SearchResults results, String dimension) {
        List<SearchResults.Facet> values = results.facets().stream().filter(g -> g.dimension().equals(dimension))
                .findFirst().orElseThrow().values();
        return values.stream().collect(Collectors.toMap(SearchResults.Facet::value, SearchResults.Facet::count));
    }
}
