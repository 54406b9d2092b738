package org.dateline.placements.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.placements.entity.SiteChanged;
import org.dateline.placements.entity.SiteVersion;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The current version of every office's site, as this node knows it: re-read from the database
 * every second (so a change made on any node is seen here within a second) and at once after a
 * change committed on this node, into {@link SiteStamps}. Reading it costs no database access, and
 * the requests that must cost no EJB call either read {@link SiteStamps} directly.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SiteVersions {

    /** A site's version and when it last changed. */
    public record Stamp(long version, Instant changedAt) {
        static final Stamp UNKNOWN = new Stamp(0, Instant.EPOCH);
    }

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    @Inject
    SiteStamps stamps;

    @PostConstruct
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void refresh() {
        Map<String, Stamp> read = new HashMap<>();
        for (SiteVersion v : em.createNamedQuery(SiteVersion.ALL, SiteVersion.class).getResultList()) {
            read.put(v.office(), new Stamp(v.version(), v.changedAt()));
        }
        stamps.replace(Map.copyOf(read));
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        refresh();
    }

    public Stamp of(String office) {
        return stamps.of(office);
    }

    /** The version of the network as a whole (its front page lists every office). */
    public Stamp network() {
        return stamps.network();
    }
}
