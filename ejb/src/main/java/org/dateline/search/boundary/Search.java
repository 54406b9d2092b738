package org.dateline.search.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
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
 * highlighted snippets and facet counts by topic, year and language.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

    static final int FACET_VALUES = 12;
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
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query.build(), upTo, new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            int from = (request.page() - 1) * request.size();
            ScoreDoc[] shown = from >= top.scoreDocs.length ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            List<SearchResults.Hit> hits = hits(searcher, words.get(), new TopDocs(top.totalHits, shown));
            List<SearchResults.FacetGroup> facets = searcher.facets() == null ? List.of()
                    : facets(new SortedSetDocValuesFacetCounts(searcher.facets(), found.facetsCollector()));
            return new SearchResults(request, top.totalHits.value, hits, facets, version.version());
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

    private static List<SearchResults.FacetGroup> facets(Facets counts) throws IOException {
        List<SearchResults.FacetGroup> groups = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(FACET_VALUES, dimension);
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
