package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.notifications.boundary.Notifications;
import org.dateline.workflow.boundary.Reviews;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue and the inbox at an office's scale: 10,000 stories in review and 50,000
 * notifications of one person, written straight into the database once (Washington, by
 * {@code bench.author}); then the server time of what the two studio pages read when opened (the
 * queue's first page with its count; the inbox's first page with its count and the unread count),
 * printed as p50 and p95 (target p95 ≤ 50 ms); a random later page of each is printed beside it
 * (offset paging reads the rows before it).
 */
@ExtendWith(ArquillianExtension.class)
class ConversationScaleBench {

    static final String OFFICE = "washington";
    static final int STORIES = 10_000;
    static final int NOTIFICATIONS = 50_000;
    static final long BASE_ID = 4_000_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ConversationScaleBench.class);
    }

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    @EJB
    Reviews reviews;

    @EJB
    Notifications notifications;

    @Inject
    HttpServletRequest request;

    @Test
    void theReviewQueueAndTheInboxAnswerWithin50MsAtP95WithTenThousandStoriesAndFiftyThousandNotifications() throws Exception {
        fill();
        SignedIn signedIn = new SignedIn(request);
        List<Long> queue = signedIn.as("will.editor", () -> measure(() -> {
            reviews.queueLength(OFFICE);
            return reviews.queue(OFFICE, 0, 20).size();
        }));
        List<Long> inbox = signedIn.as("will.editor", () -> measure(() -> {
            notifications.count(OFFICE);
            notifications.unread(OFFICE);
            return notifications.mine(OFFICE, 0, 20).size();
        }));
        List<Long> deepQueue = signedIn.as("will.editor", () -> measure(() ->
                reviews.queue(OFFICE, (int) (Math.random() * (STORIES - 20)), 20).size()));
        List<Long> deepInbox = signedIn.as("will.editor", () -> measure(() ->
                notifications.mine(OFFICE, (int) (Math.random() * (NOTIFICATIONS - 20)), 20).size()));
        long queueLength = signedIn.as("will.editor", () -> reviews.queueLength(OFFICE));
        long inboxLength = signedIn.as("will.editor", () -> notifications.count(OFFICE));
        System.out.printf("review queue (%d stories in review), the page as opened: p50 %.1f ms, p95 %.1f ms; a random later page:"
                + " p50 %.1f ms, p95 %.1f ms%n", queueLength, p(queue, 50), p(queue, 95), p(deepQueue, 50), p(deepQueue, 95));
        System.out.printf("inbox (%d notifications), the page as opened with both counts: p50 %.1f ms, p95 %.1f ms; a random later"
                + " page: p50 %.1f ms, p95 %.1f ms%n", inboxLength, p(inbox, 50), p(inbox, 95), p(deepInbox, 50), p(deepInbox, 95));
        assertThat(queueLength).isGreaterThanOrEqualTo(STORIES);
        assertThat(inboxLength).isGreaterThanOrEqualTo(NOTIFICATIONS);
    }

    /** 20 rounds to warm up, then 200 measured, each a page as the studio reads it. */
    private static List<Long> measure(IntSupplier page) {
        for (int i = 0; i < 20; i++) {
            assertThat(page.getAsInt()).isEqualTo(20);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            assertThat(page.getAsInt()).isEqualTo(20);
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** Writes the stories and notifications once per database (a later run finds them). */
    private void fill() throws Exception {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM story WHERE id >= ? AND id < ?")) {
                q.setLong(1, BASE_ID);
                q.setLong(2, BASE_ID + STORIES);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getLong(1) >= STORIES) {
                        return;
                    }
                }
            }
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement story = c.prepareStatement("INSERT INTO story (id, office_id, version, state, revision_count,"
                    + " created_by, created_at, updated_by, updated_at, review_since) VALUES (?, ?, 1, 'IN_REVIEW', 1, 'bench.author', ?,"
                    + " 'bench.author', ?, ?)");
                 PreparedStatement revision = c.prepareStatement("INSERT INTO revision (id, office_id, story_id, number, title, lead,"
                         + " body, language, author, created_at) VALUES (?, ?, ?, 1, ?, 'A lead.', '<p>Text.</p>', 'en', 'bench.author', ?)");
                 PreparedStatement working = c.prepareStatement("UPDATE story SET working_revision_id = ? WHERE id = ?")) {
                for (int i = 0; i < STORIES; i++) {
                    Timestamp at = Timestamp.from(now.toInstant().minusSeconds(STORIES - i));
                    story.setLong(1, BASE_ID + i);
                    story.setString(2, OFFICE);
                    story.setTimestamp(3, at);
                    story.setTimestamp(4, at);
                    story.setTimestamp(5, at);
                    story.addBatch();
                    revision.setLong(1, BASE_ID + i);
                    revision.setString(2, OFFICE);
                    revision.setLong(3, BASE_ID + i);
                    revision.setString(4, "Queued story " + i);
                    revision.setTimestamp(5, at);
                    revision.addBatch();
                    working.setLong(1, BASE_ID + i);
                    working.setLong(2, BASE_ID + i);
                    working.addBatch();
                    if (i % 1000 == 999) {
                        story.executeBatch();
                        revision.executeBatch();
                        working.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement note = c.prepareStatement("INSERT INTO notification (id, office_id, person, story_id, story_title,"
                    + " kind, actor, occurred_at, read_at) VALUES (?, ?, 'will.editor', ?, ?, 'AWAITS_REVIEW', 'bench.author', ?, ?)")) {
                for (int i = 0; i < NOTIFICATIONS; i++) {
                    note.setLong(1, BASE_ID + i);
                    note.setString(2, OFFICE);
                    note.setLong(3, BASE_ID + (i % STORIES));
                    note.setString(4, "Queued story " + (i % STORIES));
                    note.setTimestamp(5, Timestamp.from(now.toInstant().minusSeconds(NOTIFICATIONS - i)));
                    note.setTimestamp(6, i % 10 == 0 ? null : now);
                    note.addBatch();
                    if (i % 1000 == 999) {
                        note.executeBatch();
                        c.commit();
                    }
                }
            }
            c.commit();
        }
    }
}
