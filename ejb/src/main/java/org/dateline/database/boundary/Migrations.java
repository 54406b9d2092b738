package org.dateline.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.dateline.database.control.PlacementTopicsBackfill;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the application starts, before any other start-up work
 * (which declares {@code @DependsOn("Migrations")}). On several nodes at once Flyway's own lock
 * lets one migrate while the others wait.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    /** The schema version this node brought the database to (or found it at), once it has. */
    private static volatile String reached;

    @Resource(lookup = "jdbc/dateline")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new PlacementTopicsBackfill())
                .failOnMissingLocations(true)
                // The server's timer tables may already share the schema: history starts below V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .table("schema_history")
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current().getVersion().getVersion();
        reached = version;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The schema version this node's migrations reached at its start, if they have run: read from
     * memory, without waiting for this bean (a health check asks while the start is under way).
     */
    public static Optional<String> reached() {
        return Optional.ofNullable(reached);
    }
}
