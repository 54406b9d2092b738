package org.dateline.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the words of a story and of a search are reduced to terms, per language: a story's title
 * and text go to fields of its own language ({@code title_es}, {@code text_es}), analysed with that
 * language's stemmer ("migrantes" and "migrante" meet, as do "workers" and "worker"), accents
 * folded everywhere ("migracion" finds "migración"). A search is analysed for every language at
 * once, each field with its own analyser, so readers need not say which language they search in.
 * <p>
 * No stop words are dropped: with every word of a search required, a word that is a stop word in
 * one language only would otherwise make that word impossible to find in the other.
 */
public final class StoryAnalysis {

    /** Languages with a stemmer; stories in any other language are analysed without one. */
    public static final List<String> STEMMED = List.of("en", "es");
    static final String OTHER = "xx";
    public static final List<String> FIELD_LANGUAGES = List.of("en", "es", OTHER);

    private static final Analyzer ENGLISH = analyzer(stream -> new PorterStemFilter(new EnglishPossessiveFilter(stream)));
    private static final Analyzer SPANISH = analyzer(SpanishLightStemFilter::new);
    private static final Analyzer UNSTEMMED = analyzer(stream -> stream);
    private static final Analyzer PER_FIELD;

    static {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : FIELD_LANGUAGES) {
            fields.put(titleField(language), of(language));
            fields.put(textField(language), of(language));
        }
        PER_FIELD = new PerFieldAnalyzerWrapper(UNSTEMMED, fields);
    }

    private StoryAnalysis() {
    }

    /** The language whose fields a story in {@code language} is indexed in. */
    public static String fieldLanguage(String language) {
        return language != null && STEMMED.contains(language) ? language : OTHER;
    }

    public static String titleField(String language) {
        return "title_" + fieldLanguage(language);
    }

    public static String textField(String language) {
        return "text_" + fieldLanguage(language);
    }

    /** The analyser of the given language's fields. */
    public static Analyzer of(String language) {
        return switch (fieldLanguage(language)) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            default -> UNSTEMMED;
        };
    }

    /** One analyser for every field of the index, each language's fields with their own. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /** Tokens split by Unicode word rules, lower-cased and folded to ASCII, then stemmed. */
    private static Analyzer analyzer(Function<TokenStream, TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(words));
                return new TokenStreamComponents(words, stemmer.apply(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
