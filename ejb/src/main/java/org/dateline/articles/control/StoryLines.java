package org.dateline.articles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.dateline.articles.entity.StoryAge;
import org.dateline.articles.entity.StoryCursor;
import org.dateline.articles.entity.StoryFilter;
import org.dateline.articles.entity.StoryLine;
import org.dateline.workflow.entity.EditorialState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The queries behind the studio's lists of stories: one query for a page of lines (story and
 * working revision joined, in the order of an index: {@code story (office_id, …, updated_at, id)}),
 * one for their topics, one for a count. The EntityManager is the office's ({@code Tenancy.of}), so
 * every query stays inside the office.
 */
@ApplicationScoped
public class StoryLines {

    private static final String LINE = "SELECT s.id, w.title, s.state, s.createdBy, w.language, s.updatedAt, s.scheduledFor,"
            + " s.unpublishAt, s.firstPublishedAt, s.liveRevisionId, w.id FROM Story s JOIN s.working w";

    /** A query's conditions and their parameters, added to one by one. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private boolean topicJoin;

        Where and(String condition, String name, Object value) {
            conditions.add(condition);
            if (name != null) {
                parameters.put(name, value);
            }
            return this;
        }

        String from(String select) {
            return select + (topicJoin ? " JOIN w.topics t" : "") + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * The stories the filter lets through, newest change first: those after the cursor (null: from
     * the first), skipping {@code skip} of them, at most {@code limit}.
     */
    public List<StoryLine> page(EntityManager em, StoryFilter filter, StoryCursor after, int skip, int limit,
                                Instant now, Function<String, String> names) {
        Where where = where(filter, now);
        if (after != null) {
            where.and("(s.updatedAt < :afterAt OR (s.updatedAt = :afterAt AND s.id < :afterId))", "afterAt", after.changedAt());
            where.parameters.put("afterId", after.id());
        }
        TypedQuery<Object[]> query = where.bind(em.createQuery(where.from(LINE) + " ORDER BY s.updatedAt DESC, s.id DESC", Object[].class));
        return lines(em, query.setFirstResult(Math.max(0, skip)).setMaxResults(limit).getResultList(), names, true);
    }

    public long count(EntityManager em, StoryFilter filter, Instant now) {
        Where where = where(filter, now);
        return where.bind(em.createQuery(where.from("SELECT COUNT(s) FROM Story s JOIN s.working w"), Long.class)).getSingleResult();
    }

    /*
     * The desk's panels: each reads the ids of its first stories from the story table alone, by its
     * index, and the lines of all panels are then read in one query by id (joining the working
     * revision only for the few stories shown, not for every story a panel's condition matches).
     */

    /** The first stories in one state (and started by one person, unless null), oldest or newest change first. */
    public List<Long> firstInState(EntityManager em, EditorialState state, String author, boolean oldestFirst, int limit) {
        Where where = new Where().and("s.state = :state", "state", state);
        if (author != null) {
            where.and("s.createdBy = :author", "author", author);
        }
        String order = oldestFirst ? " ORDER BY s.updatedAt, s.id" : " ORDER BY s.updatedAt DESC, s.id DESC";
        return where.bind(em.createQuery(where.from("SELECT s.id FROM Story s") + order, Long.class)).setMaxResults(limit).getResultList();
    }

    public long countInState(EntityManager em, EditorialState state, String author) {
        Where where = new Where().and("s.state = :state", "state", state);
        if (author != null) {
            where.and("s.createdBy = :author", "author", author);
        }
        return where.bind(em.createQuery(where.from("SELECT COUNT(s) FROM Story s"), Long.class)).getSingleResult();
    }

    /** Scheduled publications, soonest first. */
    public List<Long> firstScheduled(EntityManager em, int limit) {
        return em.createQuery("SELECT s.id FROM Story s WHERE s.state = :state ORDER BY s.scheduledFor, s.id", Long.class)
                .setParameter("state", EditorialState.SCHEDULED).setMaxResults(limit).getResultList();
    }

    /**
     * Scheduled take-downs of stories that are not also scheduled for publication, soonest first
     * ({@code unpublishAt} after the epoch rather than not null, so that the database reads its index range).
     */
    public List<Long> firstTakeDowns(EntityManager em, int limit) {
        return em.createQuery("SELECT s.id FROM Story s WHERE s.unpublishAt > :epoch AND s.state <> :state ORDER BY s.unpublishAt, s.id",
                Long.class).setParameter("epoch", Instant.EPOCH).setParameter("state", EditorialState.SCHEDULED)
                .setMaxResults(limit).getResultList();
    }

    public long countTakeDowns(EntityManager em) {
        return em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.unpublishAt > :epoch AND s.state <> :state", Long.class)
                .setParameter("epoch", Instant.EPOCH).setParameter("state", EditorialState.SCHEDULED).getSingleResult();
    }

    /** Live stories first published since the given moment, newest first. */
    public List<Long> firstPublishedSince(EntityManager em, Instant since, int limit) {
        return em.createQuery("SELECT s.id FROM Story s WHERE s.firstPublishedAt >= :since AND s.liveRevisionId IS NOT NULL"
                + " ORDER BY s.firstPublishedAt DESC, s.id DESC", Long.class).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    public long countPublishedSince(EntityManager em, Instant since) {
        return em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.firstPublishedAt >= :since AND s.liveRevisionId IS NOT NULL",
                Long.class).setParameter("since", since).getSingleResult();
    }

    /** The lines of these stories (without topics), by id: one query. */
    public Map<Long, StoryLine> byId(EntityManager em, java.util.Collection<Long> ids, Function<String, String> names) {
        Map<Long, StoryLine> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            for (StoryLine line : lines(em, em.createQuery(LINE + " WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids))).getResultList(), names, false)) {
                lines.put(line.id(), line);
            }
        }
        return lines;
    }

    /** The usernames of the people who started the office's stories. */
    public List<String> authors(EntityManager em) {
        return em.createQuery("SELECT DISTINCT s.createdBy FROM Story s", String.class).getResultList();
    }

    private static Where where(StoryFilter filter, Instant now) {
        Where where = new Where();
        if (filter.state() != null) {
            where.and("s.state = :state", "state", filter.state());
        }
        if (filter.author() != null) {
            where.and("s.createdBy = :author", "author", filter.author());
        }
        if (filter.language() != null) {
            where.and("w.language = :language", "language", filter.language());
        }
        if (filter.topic() != null) {
            where.topicJoin = true;
            where.and("t.slug = :topic", "topic", filter.topic());
        }
        if (filter.age() != null) {
            Instant boundary = filter.age().boundary(now);
            where.and(filter.age() == StoryAge.OLDER ? "s.updatedAt < :changed" : "s.updatedAt >= :changed", "changed", boundary);
        }
        if (filter.title() != null) {
            where.and("LOWER(w.title) LIKE :title ESCAPE '\\'", "title", "%" + likeLiteral(filter.title().toLowerCase(Locale.ROOT)) + "%");
        }
        return where;
    }

    /** The text as a LIKE pattern that matches it literally. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Rows of {@link #LINE} as lines, with their authors' names and, when asked, their topics (one more query). */
    private static List<StoryLine> lines(EntityManager em, List<Object[]> rows, Function<String, String> names, boolean withTopics) {
        Map<Long, List<String>> topics = new HashMap<>();
        if (withTopics && !rows.isEmpty()) {
            List<Long> revisions = rows.stream().map(row -> (Long) row[10]).toList();
            for (Object[] pair : em.createQuery("SELECT r.id, t.name FROM Revision r JOIN r.topics t WHERE r.id IN :revisions"
                    + " ORDER BY t.name", Object[].class).setParameter("revisions", revisions).getResultList()) {
                topics.computeIfAbsent((Long) pair[0], r -> new ArrayList<>()).add((String) pair[1]);
            }
        }
        Map<String, String> known = new LinkedHashMap<>();
        List<StoryLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String author = (String) row[3];
            lines.add(new StoryLine((Long) row[0], (String) row[1], (EditorialState) row[2], author,
                    known.computeIfAbsent(author, names), (String) row[4], topics.getOrDefault((Long) row[10], List.of()),
                    (Instant) row[5], (Instant) row[6], (Instant) row[7], (Instant) row[8], row[9] != null));
        }
        return lines;
    }
}
