package org.dateline.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.dateline.database.boundary.DatabaseHealth;
import org.dateline.database.boundary.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ready when the database answers within two seconds and its schema is the one this node's migrations brought it to. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final long TIMEOUT_SECONDS = 2;

    @EJB
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        Migrations.reached().ifPresent(version -> response.withData("migrated to", version));
        if (Migrations.reached().isEmpty()) {
            return response.down().withData("problem", "the migrations have not run yet").build();
        }
        try {
            DatabaseHealth.Report report = database.check().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (report.schemaVersion() != null) {
                response.withData("schema", report.schemaVersion());
            }
            if (!report.answers()) {
                return response.down().withData("problem", "the database does not answer: " + report.problem()).build();
            }
            if (report.problem() != null) {
                return response.down().withData("problem", report.problem()).build();
            }
            if (report.failedMigrations()) {
                return response.down().withData("problem", "a migration failed").build();
            }
            return response.status(report.healthy()).build();
        } catch (TimeoutException e) {
            return response.down().withData("problem", "the database did not answer within " + TIMEOUT_SECONDS + " s").build();
        } catch (ExecutionException e) {
            return response.down().withData("problem", String.valueOf(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("problem", "interrupted").build();
        }
    }
}
