package org.dateline.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.dateline.placements.entity.Placement;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A live placement as a document of the search index: one document per placement, keyed by the
 * placement's id and marked with the site it is on (the one filter every search applies).
 */
public final class StoryDocuments {

    public static final String ID = "id";
    public static final String SITE = "site";
    public static final String STORY = "story";
    public static final String SLUG = "slug";
    public static final String TITLE = "title";
    public static final String DATELINE = "dateline";
    public static final String DATE = "date";
    public static final String PUBLISHED = "published";
    public static final String LANGUAGE = "language";
    public static final String TOPIC = "topic";
    public static final String YEAR = "year";
    /** Exact-value fields that narrow a search to one facet value. */
    public static final String FILTER_PREFIX = "only_";

    public static final FacetsConfig FACETS = new FacetsConfig();

    /** Text stored with its offsets, so that snippets are cut from the postings without re-analysing. */
    private static final FieldType TEXT;

    static {
        FACETS.setMultiValued(TOPIC, true);
        TEXT = new FieldType();
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private StoryDocuments() {
    }

    public static Term key(long placementId) {
        return new Term(ID, Long.toString(placementId));
    }

    public static Document of(String site, Placement placement) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(placement.id()), Field.Store.YES));
        doc.add(new StringField(SITE, site, Field.Store.NO));
        doc.add(new StoredField(STORY, placement.storyId()));
        doc.add(new StoredField(SLUG, placement.slug()));
        doc.add(new StoredField(TITLE, placement.title()));
        if (placement.dateline() != null) {
            doc.add(new StoredField(DATELINE, placement.dateline()));
        }
        doc.add(new StoredField(DATE, placement.publicationDate().toString()));
        doc.add(new StoredField(PUBLISHED, placement.publishedAt().toEpochMilli()));
        String language = placement.language();
        String text = placement.lead() == null ? PlainText.of(placement.body()) : placement.lead() + "\n" + PlainText.of(placement.body());
        doc.add(new Field(StoryAnalysis.titleField(language), placement.title(), TEXT));
        doc.add(new Field(StoryAnalysis.textField(language), text, TEXT));
        facet(doc, LANGUAGE, language);
        facet(doc, YEAR, Integer.toString(placement.publicationDate().getYear()));
        for (String topic : placement.topics()) {
            facet(doc, TOPIC, topic);
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A facet value: counted, stored to be shown, and indexed to filter by. */
    private static void facet(Document doc, String dimension, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
        doc.add(new StoredField(dimension, value));
        doc.add(new StringField(FILTER_PREFIX + dimension, value, Field.Store.NO));
    }
}
