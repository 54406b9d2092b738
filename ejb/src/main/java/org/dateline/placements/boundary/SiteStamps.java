package org.dateline.placements.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;

/**
 * Every site's version as {@link SiteVersions} last read it, for the requests that must not pay for
 * an EJB call: a plain bean (no container transaction, no security check, no interceptor), read
 * from memory. A cached reader page is served after one look here.
 */
@ApplicationScoped
public class SiteStamps {

    private volatile Map<String, SiteVersions.Stamp> stamps = Map.of();
    private volatile SiteVersions.Stamp network = SiteVersions.Stamp.UNKNOWN;

    void replace(Map<String, SiteVersions.Stamp> read) {
        long sum = 0;
        Instant latest = Instant.EPOCH;
        for (SiteVersions.Stamp stamp : read.values()) {
            sum += stamp.version();
            latest = stamp.changedAt().isAfter(latest) ? stamp.changedAt() : latest;
        }
        stamps = read;
        network = new SiteVersions.Stamp(sum, latest);
    }

    public SiteVersions.Stamp of(String office) {
        return stamps.getOrDefault(office, SiteVersions.Stamp.UNKNOWN);
    }

    /** The version of the network as a whole (its front page lists every office). */
    public SiteVersions.Stamp network() {
        return network;
    }
}
