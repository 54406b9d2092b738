package org.dateline.search.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.search.control.ReaderQuery;
import org.dateline.search.control.SearchIndex;
import org.dateline.search.control.Snippets;
import org.dateline.search.control.StoryDocuments;
import org.dateline.search.entity.SearchRequest;
import org.dateline.search.entity.SearchResults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Searches one office's site: its live placements (its own stories and the cross-posts live on
 * it), and nothing else; the office is the one filter every search carries. Results come with
 * highlighted snippets and facet counts by topic, year and language (estimated from a sample of
 * the matches when there are more than {@value #FACET_SAMPLE}; the total is always exact).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

    static final int FACET_VALUES = 12;
    /**
     * Above this many matches, facets are counted on a random sample of this many and scaled up
     * (rounded, and marked as estimates): counting every match of a common word costs more than
     * finding the page's hits, and a sample of this size puts a value's count within a few per
     * cent. Below it, and so on every narrowed search of a small site, the counts are exact.
     */
    static final int FACET_SAMPLE = 5_000;
    /** A fixed seed: the same search on the same index shows the same estimates. */
    private static final long SAMPLE_SEED = 0x5eed_da7e_11e5L;
    private static final List<String> DIMENSIONS = List.of(StoryDocuments.TOPIC, StoryDocuments.YEAR, StoryDocuments.LANGUAGE);

    @EJB
    SearchIndex index;

    /** The site's stories that match the request; no match (never an error) for words that find nothing. */
    public SearchResults find(String office, SearchRequest request) {
        SiteVersions.Stamp version = index.reached(office);
        Optional<Query> words = ReaderQuery.parse(request.words());
        if (words.isEmpty()) {
            return SearchResults.none(request, version.version());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(words.get(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(StoryDocuments.SITE, office)), BooleanClause.Occur.FILTER);
        narrow(query, StoryDocuments.TOPIC, request.topic());
        narrow(query, StoryDocuments.YEAR, request.year());
        narrow(query, StoryDocuments.LANGUAGE, request.language());
        SearchIndex.Snapshot searcher = index.acquire();
        try {
            int upTo = request.page() * request.size();
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query.build(), upTo, new SampledFacets());
            TopDocs top = found.topDocs();
            int from = (request.page() - 1) * request.size();
            ScoreDoc[] shown = from >= top.scoreDocs.length ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            List<SearchResults.Hit> hits = hits(searcher, words.get(), new TopDocs(top.totalHits, shown));
            RandomSamplingFacetsCollector matching = (RandomSamplingFacetsCollector) found.facetsCollector();
            boolean exact = top.totalHits.value <= FACET_SAMPLE;
            List<SearchResults.FacetGroup> facets = searcher.facets() == null ? List.of()
                    : facets(new SortedSetDocValuesFacetCounts(searcher.facets(), matching),
                    exact ? counted -> counted : counted -> estimated(matching.amortizeFacetCounts(counted, StoryDocuments.FACETS, searcher)));
            return new SearchResults(request, top.totalHits.value, hits, facets, exact, version.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** The site version the searches of a site show: what their results may be cached under. */
    public SiteVersions.Stamp version(String office) {
        return index.reached(office);
    }

    private static void narrow(BooleanQuery.Builder query, String dimension, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(StoryDocuments.FILTER_PREFIX + dimension, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static List<SearchResults.Hit> hits(SearchIndex.Snapshot searcher, Query words, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(page.scoreDocs.length);
        for (ScoreDoc hit : page.scoreDocs) {
            docs.add(stored.document(hit.doc));
        }
        List<Snippets.Highlight> highlights = Snippets.of(searcher, words, page,
                docs.stream().map(doc -> doc.get(StoryDocuments.LANGUAGE)).collect(Collectors.toSet()));
        List<SearchResults.Hit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            Document doc = docs.get(i);
            String title = doc.get(StoryDocuments.TITLE);
            Snippets.Highlight highlight = highlights.get(i);
            hits.add(new SearchResults.Hit(
                    doc.getField(StoryDocuments.STORY).numericValue().longValue(),
                    doc.get(StoryDocuments.SLUG),
                    title,
                    highlight.titleHtml() == null ? escape(title) : highlight.titleHtml(),
                    highlight.snippetHtml(),
                    doc.get(StoryDocuments.DATELINE),
                    LocalDate.parse(doc.get(StoryDocuments.DATE)),
                    Instant.ofEpochMilli(doc.getField(StoryDocuments.PUBLISHED).numericValue().longValue()),
                    doc.get(StoryDocuments.LANGUAGE),
                    Arrays.stream(doc.getFields(StoryDocuments.TOPIC)).map(IndexableField::stringValue).toList()));
        }
        return hits;
    }

    /**
     * Collects the matches for facets, sampling them when there are more than {@link #FACET_SAMPLE}.
     * The searchers run a search in one slice (they have no executor), so one collector sees
     * every match and its sampling rate holds for all of them.
     */
    private static final class SampledFacets extends FacetsCollectorManager {
        @Override
        public FacetsCollector newCollector() {
            return new RandomSamplingFacetsCollector(FACET_SAMPLE, SAMPLE_SEED);
        }
    }

    /** Counts scaled up from a sample, rounded to two significant digits: they are estimates, and say so. */
    private static FacetResult estimated(FacetResult scaled) {
        if (scaled == null) {
            return null;
        }
        LabelAndValue[] values = Arrays.stream(scaled.labelValues)
                .map(v -> new LabelAndValue(v.label, roughly(v.value.longValue()))).toArray(LabelAndValue[]::new);
        return new FacetResult(scaled.dim, scaled.path, roughly(scaled.value.longValue()), values, scaled.childCount);
    }

    /** 23,456 as 23,000; 1,234 as 1,200; below 100 as it is. */
    static long roughly(long count) {
        long unit = 1;
        while (count / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) count / unit) * unit;
    }

    private interface Scaling {
        FacetResult apply(FacetResult counted) throws IOException;
    }

    private static List<SearchResults.FacetGroup> facets(Facets counts, Scaling scaling) throws IOException {
        List<SearchResults.FacetGroup> groups = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            FacetResult result;
            try {
                result = scaling.apply(counts.getTopChildren(FACET_VALUES, dimension));
            } catch (IllegalArgumentException notIndexedYet) {
                result = null;
            }
            if (result == null) {
                continue;
            }
            List<SearchResults.Facet> values = new ArrayList<>();
            for (LabelAndValue value : result.labelValues) {
                values.add(new SearchResults.Facet(value.label, value.value.longValue()));
            }
            if (StoryDocuments.YEAR.equals(dimension)) {
                values.sort(Comparator.comparing(SearchResults.Facet::value).reversed());
            }
            groups.add(new SearchResults.FacetGroup(dimension, List.copyOf(values)));
        }
        return List.copyOf(groups);
    }



    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
