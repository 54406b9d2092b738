package org.dateline.tenancy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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
 * Offices change rarely (an admin's settings); the directory re-reads them every minute, into
 * {@link KnownOffices}, which the requests that must cost no EJB call read directly.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeDirectory {

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    @Inject
    KnownOffices known;

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
        known.replace(new KnownOffices.Snapshot(Map.copyOf(bySlug), Map.copyOf(byHost), List.copyOf(all)));
    }

    public Optional<Office> bySlug(String slug) {
        return known.bySlug(slug);
    }

    /** The office whose site answers on this host name (any port). */
    public Optional<Office> byHost(String host) {
        return known.byHost(host);
    }

    public List<Office> all() {
        return known.all();
    }
}
