package org.dateline.database.boundary;

import org.dateline.database.control.PlacementTopicsBackfill;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration runs on H2 as the server configures it (LEGACY mode), from an empty database to
 * the newest version. PostgreSQL runs the same files in the integration tests' PostgreSQL pass.
 */
class MigrationsTest {

    @Test
    void everyMigrationRunsOnH2AndAPersonsSettingsDefaultToTheBrowsersLanguageAndMailOn() throws Exception {
        String url = "jdbc:h2:mem:migrations;MODE=LEGACY;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new PlacementTopicsBackfill()).table("schema_history").load();

        flyway.migrate();

        assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion() != null)
                .anySatisfy(m -> assertThat(m.getVersion().getVersion()).isEqualTo("72"))
                .allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO person_settings (username, updated_at) VALUES ('eli.editor', CURRENT_TIMESTAMP)");
            try (ResultSet row = sql.executeQuery("SELECT language, mail_notifications FROM person_settings WHERE username = 'eli.editor'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isNull();
                assertThat(row.getBoolean(2)).isTrue();
            }
        }
    }
}
