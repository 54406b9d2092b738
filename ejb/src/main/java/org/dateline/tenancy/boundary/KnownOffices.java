package org.dateline.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.dateline.tenancy.entity.Office;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offices as {@link OfficeDirectory} last read them, for the requests that must not pay for an
 * EJB call: a plain bean (no container transaction, no security check, no interceptor), read from
 * memory. The reader sites' router resolves every request's site here.
 */
@ApplicationScoped
public class KnownOffices {

    record Snapshot(Map<String, Office> bySlug, Map<String, Office> byHost, List<Office> all) {
    }

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), List.of());

    void replace(Snapshot read) {
        snapshot = read;
    }

    public Optional<Office> bySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : snapshot.bySlug().get(slug));
    }

    /** The office whose site answers on this host name (any port). */
    public Optional<Office> byHost(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Office> byHost = snapshot.byHost();
        if (byHost.isEmpty()) {
            return Optional.empty(); // no office has a host name of its own: nothing to allocate
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon && name.chars().skip(colon + 1).allMatch(Character::isDigit)) {
            name = name.substring(0, colon);
        }
        return Optional.ofNullable(byHost.get(name));
    }

    public List<Office> all() {
        return snapshot.all();
    }
}
