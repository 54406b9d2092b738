package org.dateline.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.SiteChanged;
import org.dateline.placements.entity.SiteVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's search index of every site's live placements: a Lucene index on local disk
 * ({@code dateline.search.dir}), derived from the database and never written anywhere else.
 * <p>
 * It catches up by site version. Each placement records the site version its last change was made
 * in, and the index records, in its commits, the version it has reached per site. Every second
 * (and at once after a change committed on this node) it reads the sites' versions and re-indexes
 * the placements of every site that moved on, changed after the version reached; so nodes sharing
 * one database each stay current without hearing from each other. An index that is missing, or
 * that was built from another database, is rebuilt from the live placements, in the background:
 * start-up does not wait for it.
 * <p>
 * Searches read through near-real-time searchers; the version reached per site is published only
 * after the searchers show it, so results cached under a version never miss what it holds.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 500;
    /** Bumped when the documents' fields change: an index of an older format is rebuilt. */
    private static final String FORMAT = "1";
    private static final String EPOCH_KEY = "epoch";
    private static final String FORMAT_KEY = "format";
    private static final String SITE_KEY = "site.";

    /** A searcher with the facet counts' view of the same reader. */
    public static final class Snapshot extends IndexSearcher {
        private final SortedSetDocValuesReaderState facets;

        Snapshot(IndexReader reader) throws IOException {
            super(reader);
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, StoryDocuments.FACETS);
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            this.facets = state;
        }

        /** The facet state of this reader, or null while nothing is indexed. */
        public SortedSetDocValuesReaderState facets() {
            return facets;
        }
    }

    @Inject
    @ConfigProperty(name = "dateline.search.dir", defaultValue = "search-index")
    String directory;

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    @EJB
    Placements placements;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/dateline")
    DataSource dataSource;

    @Resource
    SessionContext context;

    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean pending;
    private volatile boolean rebuildNeeded;
    private FSDirectory index;
    private IndexWriter writer;
    private SearcherManager searchers;
    private String epoch;
    /** Per site: the version the searchers show, with the time the site changed to it. */
    private volatile Map<String, SiteVersions.Stamp> reached = Map.of();

    @PostConstruct
    void open() {
        try {
            Path path = Path.of(directory).toAbsolutePath();
            Files.createDirectories(path);
            index = FSDirectory.open(path);
            epoch = databaseEpoch();
            IndexWriterConfig config = new IndexWriterConfig(StoryAnalysis.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(48);
            writer = new IndexWriter(index, config);
            Map<String, String> committed = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(e -> committed.put(e.getKey(), e.getValue()));
            }
            rebuildNeeded = !epoch.equals(committed.get(EPOCH_KEY)) || !FORMAT.equals(committed.get(FORMAT_KEY));
            if (rebuildNeeded) {
                // never show what another database held, not even while the rebuild runs
                writer.deleteAll();
                writer.commit();
            } else {
                reached = readStamps(committed);
            }
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new Snapshot(reader);
                }
            });
            LOG.info(() -> "Search index at " + path + (rebuildNeeded ? ": to be rebuilt from the database" : ": " + reached));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + directory, e);
        }
    }

    @PreDestroy
    void close() {
        writing.lock();
        try {
            searchers.close();
            writer.close();
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the search index", e);
        } finally {
            writing.unlock();
        }
    }

    /** A searcher to run one search with; hand it back with {@link #release}. */
    public Snapshot acquire() {
        try {
            return (Snapshot) searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(Snapshot snapshot) {
        try {
            searchers.release(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the site that searches show (0 while the site is not indexed yet). */
    public SiteVersions.Stamp reached(String site) {
        return reached.getOrDefault(site, new SiteVersions.Stamp(0, Instant.EPOCH));
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void everySecond() {
        catchUp();
    }

    /** A change committed on this node: catch up now rather than at the next second. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        pending = true;
        context.getBusinessObject(SearchIndex.class).catchUpSoon();
    }

    @Asynchronous
    public void catchUpSoon() {
        catchUp();
    }

    /**
     * Brings the index up to the sites' current versions. One catch-up at a time; a change that
     * arrives while one runs makes it go round once more (or, at worst, waits for the next second).
     */
    public void catchUp() {
        if (!writing.tryLock()) {
            pending = true;
            return;
        }
        try {
            do {
                pending = false;
                if (rebuildNeeded) {
                    rebuild();
                    rebuildNeeded = false;
                }
                catchUpOnce();
            } while (pending);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "search index catch-up failed; it is tried again within a second", e);
        } finally {
            writing.unlock();
        }
    }

    private void catchUpOnce() throws IOException {
        Map<String, SiteVersions.Stamp> current = siteVersions();
        Map<String, SiteVersions.Stamp> next = new HashMap<>(reached);
        boolean changed = false;
        for (Map.Entry<String, SiteVersions.Stamp> site : current.entrySet()) {
            SiteVersions.Stamp was = next.get(site.getKey());
            long from = was == null ? 0 : was.version();
            if (site.getValue().version() <= from) {
                continue;
            }
            walk(site.getKey(), from, placement -> write(site.getKey(), placement));
            next.put(site.getKey(), site.getValue());
            changed = true;
        }
        if (changed) {
            publish(next);
        }
    }

    /** Every live placement of every site, indexed anew. */
    private void rebuild() throws IOException {
        long started = System.nanoTime();
        writer.deleteAll();
        Map<String, SiteVersions.Stamp> current = siteVersions();
        long[] count = {0};
        long reading = 0;
        for (String site : current.keySet()) {
            reading += walk(site, -1, placement -> {
                if (placement.isLive()) {
                    add(site, placement);
                    count[0]++;
                }
            });
        }
        publish(current);
        long stories = count[0];
        long readMs = reading / 1_000_000;
        LOG.info(() -> "Search index rebuilt from the database: " + stories + " stories in "
                + (System.nanoTime() - started) / 1_000_000 + " ms (" + readMs + " ms of it reading the database)");
    }

    /**
     * Hands every placement of the site changed after the given version to {@code each}, in the
     * order of their changes, a batch per transaction; answers the time spent reading, in ns.
     */
    private long walk(String site, long afterVersion, Consumer<Placement> each) {
        long reading = 0;
        long version = afterVersion;
        long id = Long.MAX_VALUE;
        List<Placement> batch;
        do {
            long v = version;
            long after = id;
            long started = System.nanoTime();
            batch = inTransaction(() -> placements.changedAfter(site, v, after, BATCH));
            reading += System.nanoTime() - started;
            batch.forEach(each);
            if (!batch.isEmpty()) {
                Placement last = batch.get(batch.size() - 1);
                version = last.changedIn();
                id = last.id();
            }
        } while (batch.size() == BATCH);
        return reading;
    }

    private void add(String site, Placement placement) {
        try {
            writer.addDocument(StoryDocuments.of(site, placement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String site, Placement placement) {
        try {
            if (placement.isLive()) {
                writer.updateDocument(StoryDocuments.key(placement.id()), StoryDocuments.of(site, placement));
            } else {
                writer.deleteDocuments(StoryDocuments.key(placement.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was written with the versions it reaches, then lets searches see it. */
    private void publish(Map<String, SiteVersions.Stamp> versions) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(EPOCH_KEY, epoch);
        data.put(FORMAT_KEY, FORMAT);
        versions.forEach((site, stamp) -> data.put(SITE_KEY + site, stamp.version() + "@" + stamp.changedAt()));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        reached = Map.copyOf(versions);
    }

    private Map<String, SiteVersions.Stamp> siteVersions() {
        return inTransaction(() -> {
            Map<String, SiteVersions.Stamp> read = new HashMap<>();
            for (SiteVersion v : em.createNamedQuery(SiteVersion.ALL, SiteVersion.class).getResultList()) {
                read.put(v.office(), new SiteVersions.Stamp(v.version(), v.changedAt()));
            }
            return read;
        });
    }

    /** When the database was created (read with plain JDBC: the persistence unit allows no native SQL). */
    private String databaseEpoch() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet epochs = statement.executeQuery("SELECT started_at FROM search_epoch WHERE id = 1")) {
            if (!epochs.next()) {
                throw new IllegalStateException("search_epoch has no row: the migrations did not run");
            }
            return epochs.getTimestamp(1).toInstant().toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's search epoch", e);
        }
    }

    private static Map<String, SiteVersions.Stamp> readStamps(Map<String, String> committed) {
        Map<String, SiteVersions.Stamp> stamps = new HashMap<>();
        committed.forEach((key, value) -> {
            if (key.startsWith(SITE_KEY)) {
                int at = value.indexOf('@');
                stamps.put(key.substring(SITE_KEY.length()),
                        new SiteVersions.Stamp(Long.parseLong(value.substring(0, at)), Instant.parse(value.substring(at + 1))));
            }
        });
        return Map.copyOf(stamps);
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.get();
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("search index transaction failed", e);
        }
    }
}
