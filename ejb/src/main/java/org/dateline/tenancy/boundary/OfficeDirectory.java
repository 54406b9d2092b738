package org.dateline.tenancy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.tenancy.entity.Office;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offices as every reader request needs them: by slug and by host name, answered from memory.
 * Offices change rarely (an admin's settings); the directory re-reads them every minute.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeDirectory {

    private record Snapshot(Map<String, Office> bySlug, Map<String, Office> byHost, List<Office> all) {
    }

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), List.of());

    @PostConstruct
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void reload() {
        List<Office> all = em.createNamedQuery(Office.ALL, Office.class).getResultList();
        Map<String, Office> bySlug = new HashMap<>();
        Map<String, Office> byHost = new HashMap<>();
        for (Office office : all) {
            em.detach(office);
            bySlug.put(office.slug(), office);
            office.hostNames().forEach(host -> byHost.put(host.toLowerCase(Locale.ROOT), office));
        }
        snapshot = new Snapshot(Map.copyOf(bySlug), Map.copyOf(byHost), List.copyOf(all));
    }

    public Optional<Office> bySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : snapshot.bySlug().get(slug));
    }

    /** The office whose site answers on this host name (any port). */
    public Optional<Office> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return Optional.ofNullable(snapshot.byHost().get(name));
    }

    public List<Office> all() {
        return snapshot.all();
    }
}
