package org.dateline.search.control;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ReaderQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"(*:", "\"unbalanced quote", "((((", "a:b OR c:d", "' OR 1=1; DROP TABLE placement; --",
            "\\", "*", "-", "|", "+", "~2", "\"\"", "title:migrantes", "%00%27", "<script>alert(1)</script>", "migr*"})
    void oddInputIsReadWithoutFailing(String words) {
        assertThatCode(() -> ReaderQuery.parse(ReaderQuery.clean(words))).doesNotThrowAnyException();
    }

    @Test
    void sqlIsSearchedAsWords() {
        Query query = ReaderQuery.parse(ReaderQuery.clean("' OR 1=1; DROP TABLE placement; --")).orElseThrow();
        assertThat(query.toString()).contains("text_en:drop").contains("text_en:placement");
    }

    @Test
    void longInputIsCutAtAWordBoundary() {
        String cleaned = ReaderQuery.clean("migrantes ".repeat(1024));
        assertThat(cleaned.length()).isLessThanOrEqualTo(ReaderQuery.MAX_LENGTH);
        assertThat(cleaned.split(" ")).hasSize(ReaderQuery.MAX_WORDS).containsOnly("migrantes");
        assertThat(ReaderQuery.clean("x".repeat(10_000))).hasSize(ReaderQuery.MAX_LENGTH);
    }

    @Test
    void controlCharactersAndSpacesAreCleaned() {
        assertThat(ReaderQuery.clean("  migrantes\u0000\t\n  Honduras\u200b ")).isEqualTo("migrantes Honduras");
        assertThat(ReaderQuery.clean(null)).isEmpty();
    }

    @Test
    void nothingToSearchGivesNoQuery() {
        assertThat(ReaderQuery.parse("")).isEmpty();
        assertThat(ReaderQuery.parse("   ")).isEmpty();
        assertThat(ReaderQuery.parse("-migrantes")).isEmpty();
        assertThat(ReaderQuery.parse("\"\"")).isEmpty();
        assertThat(ReaderQuery.parse("*")).isEmpty();
    }

    @Test
    void everyWordIsRequiredInSomeLanguage() {
        Query query = ReaderQuery.parse("migrante workers").orElseThrow();
        assertThat(query.toString())
                .contains("+(").contains("text_es:migrant").contains("text_en:worker").contains("title_es:migrant");
    }
}
