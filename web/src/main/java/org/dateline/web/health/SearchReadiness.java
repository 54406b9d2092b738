package org.dateline.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.placements.boundary.SiteStamps;
import org.dateline.search.boundary.Search;
import org.dateline.tenancy.boundary.KnownOffices;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready while every site's search index is at the site's version, or has trailed it for less than
 * {@code dateline.health.search-lag-seconds}: a publish is searchable a moment after it shows, and
 * a node that stays behind (or rebuilds its index) is taken out until it has caught up.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    KnownOffices offices;

    @Inject
    SiteStamps sites;

    @EJB
    Search search;

    @Inject
    @ConfigProperty(name = "dateline.health.search-lag-seconds", defaultValue = "30")
    long allowedLagSeconds;

    Clock clock = Clock.systemUTC();

    /** Since when each site's index has trailed the site (a site caught up has no entry). */
    private final Map<String, Instant> trailingSince = new ConcurrentHashMap<>();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search");
        Instant now = clock.instant();
        boolean up = true;
        for (Office office : offices.all()) {
            long site = sites.of(office.slug()).version();
            long index = search.version(office.slug()).version();
            if (index >= site) {
                trailingSince.remove(office.slug());
                response.withData(office.slug(), "caught up");
                continue;
            }
            Instant since = trailingSince.computeIfAbsent(office.slug(), slug -> now);
            Duration behind = Duration.between(since, now);
            response.withData(office.slug(), (site - index) + " versions behind for " + behind.toSeconds() + " s");
            up &= behind.toSeconds() < allowedLagSeconds;
        }
        return response.status(up).build();
    }
}
