package org.dateline.search.control;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.placements.entity.Placement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** A search index in memory, of stories written as a test needs them, for the searches of unit tests. */
public final class IndexedStories {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private long next = 1;

    public IndexedStories() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(StoryAnalysis.perField()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a live story of the site. */
    public IndexedStories add(String site, String title, String text, String language, String topic, LocalDate date) {
        Placement placement = new Placement(site, next);
        try {
            Field id = Placement.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(placement, next);
            Instant at = date.atStartOfDay().toInstant(ZoneOffset.UTC);
            placement.show(next, "story-" + next, title, "San José", date, at, null, "<p>" + text + "</p>", language,
                    Map.of(topic.toLowerCase().replace(' ', '-'), topic), at);
            writer.addDocument(StoryDocuments.of(site, placement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        next++;
        return this;
    }

    /** The index of the stories added so far, as the search boundary reads it. */
    public SearchIndex index() {
        try {
            writer.commit();
            SearchIndex.Snapshot snapshot = new SearchIndex.Snapshot(DirectoryReader.open(directory));
            return new SearchIndex() {
                @Override
                public Snapshot acquire() {
                    return snapshot;
                }

                @Override
                public void release(Snapshot searcher) {
                }

                @Override
                public SiteVersions.Stamp reached(String site) {
                    return new SiteVersions.Stamp(1, Instant.EPOCH);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
