package org.dateline.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryAnalysisTest {

    static List<String> terms(String language, String text) throws IOException {
        Analyzer analyzer = StoryAnalysis.of(language);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(StoryAnalysis.textField(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void spanishSingularAndPluralMeet() throws IOException {
        assertThat(terms("es", "migrante")).isEqualTo(terms("es", "migrantes"));
        assertThat(terms("es", "trabajador")).isEqualTo(terms("es", "trabajadores"));
    }

    @Test
    void spanishAccentsAreFolded() throws IOException {
        assertThat(terms("es", "migracion")).isEqualTo(terms("es", "migración"));
        assertThat(terms("es", "Migración")).isEqualTo(terms("es", "MIGRACION"));
        assertThat(terms("es", "San José")).isEqualTo(terms("es", "san jose"));
    }

    @Test
    void englishSingularAndPluralMeet() throws IOException {
        assertThat(terms("en", "worker")).isEqualTo(terms("en", "workers"));
        assertThat(terms("en", "migrant's")).isEqualTo(terms("en", "migrants"));
    }

    @Test
    void stopWordsAreKeptSoThatEveryLanguageCanFindThem() throws IOException {
        assertThat(terms("es", "los migrantes de Honduras")).hasSize(4);
        assertThat(terms("en", "the workers")).hasSize(2);
    }

    @Test
    void otherLanguagesAreFoldedButNotStemmed() throws IOException {
        assertThat(StoryAnalysis.textField("fr")).isEqualTo("text_xx");
        assertThat(terms("fr", "Réfugiés")).containsExactly("refugies");
    }
}
