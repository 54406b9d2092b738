package org.dateline.search.control;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The highlighted titles and snippets of a page of hits, cut from the index's postings (the text
 * fields carry their offsets, see {@link StoryDocuments}): no stored text is analysed again. One
 * pass over the fields of the languages the page's hits are in reads each hit's stored text once;
 * a title is highlighted whole, a text in up to two passages of about {@value #SNIPPET_LENGTH}
 * characters, sentence by sentence.
 */
public final class Snippets {

    public static final int SNIPPET_LENGTH = 180;
    private static final DefaultPassageFormatter MARKS = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    private static final PassageScorer SCORER = new LeanPassageScorer();

    /** A hit's title with its matched words marked (null when the title matched nothing), and its snippet. */
    public record Highlight(String titleHtml, String snippetHtml) {
    }

    private Snippets() {
    }

    /**
     * One highlight per hit of {@code page}, in its order.
     *
     * @param languages the languages the page's hits are in: only their fields are highlighted
     */
    public static List<Highlight> of(IndexSearcher searcher, Query words, TopDocs page, Collection<String> languages) throws IOException {
        List<String> fields = new ArrayList<>();
        List<Integer> passages = new ArrayList<>();
        for (String language : languages.stream().map(StoryAnalysis::fieldLanguage).distinct().toList()) {
            fields.add(StoryAnalysis.titleField(language));
            passages.add(1);
            fields.add(StoryAnalysis.textField(language));
            passages.add(2);
        }
        UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, StoryAnalysis.perField())
                .withFormatter(MARKS).withScorer(SCORER)) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.startsWith("title_") ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f);
            }
        };
        Map<String, String[]> found = highlighter.highlightFields(fields.toArray(String[]::new), words, page,
                passages.stream().mapToInt(Integer::intValue).toArray());
        List<Highlight> highlights = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            String title = null;
            String text = null;
            for (int f = 0; f < fields.size(); f += 2) {
                title = title != null ? title : found.get(fields.get(f))[i];
                text = text != null ? text : found.get(fields.get(f + 1))[i];
            }
            highlights.add(new Highlight(title, text == null ? "" : text));
        }
        return highlights;
    }

    /**
     * Lucene's passage score (BM25 over the passage, favouring early passages), computed without
     * the 32 KB term hash Lucene's scorer builds for every candidate passage: a passage holds a few
     * matches, and a linear look-up among its distinct terms is cheaper than any hash.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] freqInPassage = new int[matches];
            int[] freqInDoc = new int[matches];
            int size = 0;
            for (int i = 0; i < matches; i++) {
                int at = 0;
                while (at < size && !distinct[at].bytesEquals(terms[i])) {
                    at++;
                }
                if (at == size) {
                    distinct[size] = terms[i];
                    freqInDoc[size] = inDoc[i];
                    size++;
                }
                freqInPassage[at]++;
            }
            double score = 0;
            for (int i = 0; i < size; i++) {
                score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }
}
