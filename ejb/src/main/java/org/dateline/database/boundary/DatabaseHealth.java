package org.dateline.database.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Whether the database answers and holds the schema this node's migrations brought it to: asked
 * by the node's readiness check, on a thread of its own so that the check can give up after a
 * moment instead of waiting for a connection as long as the pool would.
 */
@Stateless
public class DatabaseHealth {

    /** What the database said: its latest applied migration, whether any failed, or why it did not answer. */
    public record Report(boolean answers, String schemaVersion, boolean failedMigrations, String problem) {

        static Report unreachable(String problem) {
            return new Report(false, null, false, problem);
        }

        /** Answers, no migration failed, and it is at the version this node migrated to (or beyond: a newer node's). */
        public boolean healthy() {
            return answers && problem == null && !failedMigrations && schemaVersion != null
                    && Migrations.reached().map(ours -> compare(schemaVersion, ours) >= 0).orElse(false);
        }
    }

    @Resource(lookup = "jdbc/dateline")
    DataSource dataSource;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Report> check() {
        return new AsyncResult<>(read());
    }

    private Report read() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return Report.unreachable("the connection is not valid");
            }
            return history(connection);
        } catch (SQLException e) {
            return Report.unreachable(message(e));
        }
    }

    private static Report history(Connection connection) {
        try {
            String version = null;
            boolean failed;
            try (PreparedStatement latest = connection.prepareStatement(
                    // Flyway writes its table's names in lower case, quoted
                    "SELECT \"version\" FROM \"schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                            + " ORDER BY \"installed_rank\" DESC")) {
                latest.setQueryTimeout(2);
                latest.setMaxRows(1);
                try (ResultSet rows = latest.executeQuery()) {
                    if (rows.next()) {
                        version = rows.getString(1);
                    }
                }
            }
            try (PreparedStatement failures = connection.prepareStatement("SELECT COUNT(*) FROM \"schema_history\" WHERE \"success\" = FALSE")) {
                failures.setQueryTimeout(2);
                try (ResultSet rows = failures.executeQuery()) {
                    failed = rows.next() && rows.getLong(1) > 0;
                }
            }
            return new Report(true, version, failed, null);
        } catch (SQLException e) {
            return new Report(true, null, false, "the schema's history could not be read: " + message(e));
        }
    }

    private static String message(SQLException e) {
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /** Flyway's versions compared part by part as numbers ("81" after "9", "1.10" after "1.9"). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
