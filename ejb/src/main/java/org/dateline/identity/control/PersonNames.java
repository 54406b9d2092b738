package org.dateline.identity.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.StaffMember;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * People's names as the studio shows them ("Ana Author", not {@code ana.author}), per office: the
 * office's staff as Keycloak has them, asked once and kept, and asked again in the background once
 * they are a minute old (the page that asks then gets the names it had, without waiting for
 * Keycloak, and a later one the new names). Someone who is
 * not on the office's staff list (anymore) is shown by their username. While Keycloak cannot be
 * asked, the last names stand, or usernames if there are none yet.
 */
@ApplicationScoped
public class PersonNames {

    private static final Logger LOG = Logger.getLogger(PersonNames.class.getName());

    /** Keys of regions among the offices' (no office slug has a colon). */
    private static final String REGION = "region:";

    @Inject
    KeycloakRealm keycloak;

    private LoadingCache<String, Map<String, String>> offices;

    @PostConstruct
    void start() {
        offices = Caffeine.newBuilder().maximumSize(1_000).refreshAfterWrite(Duration.ofMinutes(1))
                .expireAfterWrite(Duration.ofHours(12)).build(this::read);
    }

    /** Username → name of the office's staff; empty when Keycloak cannot say and has not said before. */
    public Map<String, String> of(String office) {
        try {
            return offices.get(office);
        } catch (IdentityProviderUnavailable e) {
            LOG.fine(() -> "Keycloak cannot say the names of " + office + "'s staff now: " + e.getMessage());
            return Map.of();
        }
    }

    /** The person's name in the office, or their username. */
    public String of(String office, String username) {
        return of(office).getOrDefault(username, username);
    }

    /** Username → name of the region's regional editors (who have no office to be named in). */
    public Map<String, String> ofRegion(String region) {
        return of(REGION + region);
    }

    /** The office's staff changed on this node: read their names again next time. */
    public void forget(String office) {
        offices.invalidate(office);
    }

    private Map<String, String> read(String key) {
        Map<String, String> names = new HashMap<>();
        for (StaffMember member : key.startsWith(REGION) ? keycloak.regionalEditorsOf(key.substring(REGION.length()))
                : keycloak.staffOf(key).members()) {
            names.put(member.username(), member.name());
        }
        return Map.copyOf(names);
    }
}
