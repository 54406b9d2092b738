package org.dateline.database.control;

import org.dateline.articles.control.Slugs;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Migration 42: files the placements that were live before topic pages existed under their topics
 * (V41 made the table). A placement keeps its topics' names; their slugs are made as the topics'
 * own slugs were ({@link Slugs}), so the rows match what publishing writes from now on.
 */
public class PlacementTopicsBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("42");
    }

    @Override
    public String getDescription() {
        return "file live placements under their topics";
    }

    @Override
    public Integer getChecksum() {
        return 42;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String next = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                ? "nextval('placement_topic_seq')" : "NEXT VALUE FOR placement_topic_seq";
        try (Statement read = connection.createStatement();
             ResultSet live = read.executeQuery("SELECT id, office_id, topics, published_at FROM placement"
                     + " WHERE state = 'LIVE' AND topics <> ''");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO placement_topic"
                     + " (id, office_id, placement_id, topic_slug, topic_name, published_at) VALUES (" + next + ", ?, ?, ?, ?, ?)")) {
            int batch = 0;
            while (live.next()) {
                Map<String, String> topics = new LinkedHashMap<>();
                for (String name : live.getString("topics").split("\n")) {
                    if (!name.isBlank()) {
                        topics.putIfAbsent(Slugs.of(name), name);
                    }
                }
                Timestamp publishedAt = live.getTimestamp("published_at");
                for (Map.Entry<String, String> topic : topics.entrySet()) {
                    insert.setString(1, live.getString("office_id"));
                    insert.setLong(2, live.getLong("id"));
                    insert.setString(3, topic.getKey());
                    insert.setString(4, topic.getValue());
                    insert.setTimestamp(5, publishedAt);
                    insert.addBatch();
                    if (++batch % 500 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
