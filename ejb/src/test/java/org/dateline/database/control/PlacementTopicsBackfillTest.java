package org.dateline.database.control;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTopicsBackfillTest {

    @Test
    void livePlacementsAreFiledUnderTheirTopicsAsPublishingFilesThem() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:backfill;MODE=LEGACY")) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE placement (id BIGINT PRIMARY KEY, office_id VARCHAR(40), state VARCHAR(20),"
                        + " topics VARCHAR(2000), published_at TIMESTAMP)");
                sql.execute("CREATE SEQUENCE placement_topic_seq START WITH 50 INCREMENT BY 50");
                sql.execute("CREATE TABLE placement_topic (id BIGINT PRIMARY KEY, office_id VARCHAR(40), placement_id BIGINT,"
                        + " topic_slug VARCHAR(100), topic_name VARCHAR(200), published_at TIMESTAMP, UNIQUE (placement_id, topic_slug))");
                sql.execute("INSERT INTO placement VALUES (1, 'san-jose', 'LIVE', 'Labour migration' || CHAR(10) || 'Migración y salud',"
                        + " TIMESTAMP '2020-06-11 18:00:00')");
                sql.execute("INSERT INTO placement VALUES (2, 'georgetown', 'LIVE', 'Counter-trafficking', TIMESTAMP '2020-09-14 16:00:00')");
                sql.execute("INSERT INTO placement VALUES (3, 'georgetown', 'WITHDRAWN', 'Counter-trafficking', TIMESTAMP '2020-09-15 16:00:00')");
                sql.execute("INSERT INTO placement VALUES (4, 'washington', 'LIVE', '', TIMESTAMP '2020-09-16 16:00:00')");
            }
            new PlacementTopicsBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });

            List<String> rows = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                 ResultSet filed = sql.executeQuery("SELECT office_id, placement_id, topic_slug, topic_name, published_at"
                         + " FROM placement_topic ORDER BY placement_id, topic_slug")) {
                while (filed.next()) {
                    rows.add(filed.getString(1) + " " + filed.getLong(2) + " " + filed.getString(3) + " " + filed.getString(4)
                            + " " + filed.getTimestamp(5));
                }
            }
            assertThat(rows).containsExactly(
                    "san-jose 1 labour-migration Labour migration 2020-06-11 18:00:00.0",
                    "san-jose 1 migracion-y-salud Migración y salud 2020-06-11 18:00:00.0",
                    "georgetown 2 counter-trafficking Counter-trafficking 2020-09-14 16:00:00.0");
        }
    }
}
