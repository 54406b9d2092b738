package org.dateline.search.control;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reader's words as a query. Readers type anything (quotes left open, {@code "(*:}, SQL, ten
 * kilobytes): the words are cleaned and cut to a sane length, then read by Lucene's simple query
 * syntax, which never refuses input. Every word is required; {@code "…"} is a phrase,
 * {@code -word} excludes, {@code |} means or. Each word is looked for in the title and text of
 * every language, the title weighing more.
 */
public final class ReaderQuery {

    /** Longer searches are cut at a word boundary; no reader types more, and the cost stays bounded. */
    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 16;

    private static final int FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR;

    private static final Map<String, Float> FIELDS = new LinkedHashMap<>();

    static {
        for (String language : StoryAnalysis.FIELD_LANGUAGES) {
            FIELDS.put(StoryAnalysis.titleField(language), 3f);
            FIELDS.put(StoryAnalysis.textField(language), 1f);
        }
    }

    private ReaderQuery() {
    }

    /**
     * The words as they will be searched and shown back: control characters dropped, spaces
     * collapsed, at most {@value #MAX_WORDS} words and {@value #MAX_LENGTH} characters; never null.
     */
    public static String clean(String words) {
        if (words == null) {
            return "";
        }
        String[] parts = words.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").strip().split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < parts.length && i < MAX_WORDS; i++) {
            String part = parts[i];
            if (kept.length() + part.length() + 1 > MAX_LENGTH) {
                if (kept.isEmpty()) {
                    kept.append(part, 0, Math.min(part.length(), MAX_LENGTH));
                }
                break;
            }
            kept.append(kept.isEmpty() ? "" : " ").append(part);
        }
        return kept.toString();
    }

    /** The query for cleaned words, or empty when they hold nothing to search for. */
    public static Optional<Query> parse(String cleanedWords) {
        if (cleanedWords == null || cleanedWords.isBlank()) {
            return Optional.empty();
        }
        SimpleQueryParser parser = new SimpleQueryParser(StoryAnalysis.perField(), FIELDS, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(cleanedWords);
        if (query == null || query instanceof MatchNoDocsQuery || query instanceof MatchAllDocsQuery || isOnlyExclusions(query)) {
            return Optional.empty();
        }
        return Optional.of(query);
    }

    /** "-word" alone excludes from nothing: there is nothing to find. */
    private static boolean isOnlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT
                || c.getQuery() instanceof MatchAllDocsQuery);
    }
}
