package org.dateline.identity.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The people of each office as Keycloak has them (names, e-mail addresses, roles), asked at most
 * every 30 seconds per office: pages show names, not usernames, and the workflow tells an office's
 * editors of a story to review. While Keycloak cannot be asked, the last answer stands, or nobody
 * is known (names fall back to usernames, and nobody is told).
 */
@ApplicationScoped
public class OfficePeople {

    private static final Logger LOG = Logger.getLogger(OfficePeople.class.getName());

    @Inject
    KeycloakRealm realm;

    private final Cache<String, List<StaffMember>> fresh = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(1_000).build();
    private final Cache<String, List<StaffMember>> last = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The office's staff, or the last list known when Keycloak does not answer (empty if none). */
    public List<StaffMember> of(String office) {
        return kept(office, "the staff of " + office, () -> realm.staffOf(office).members());
    }

    /** The region's regional editors (key {@code region:} + the region), asked and kept like an office's staff. */
    public List<StaffMember> regionalEditorsOf(String region) {
        return kept("region:" + region, "the regional editors of " + region, () -> realm.regionalEditorsOf(region));
    }

    /** What Keycloak says now (kept 30 s), or the last answer while it cannot be asked (empty if none). */
    private List<StaffMember> kept(String key, String what, java.util.function.Supplier<List<StaffMember>> ask) {
        return fresh.get(key, k -> {
            try {
                List<StaffMember> members = ask.get();
                last.put(k, members);
                return members;
            } catch (IdentityProviderUnavailable e) {
                LOG.warning(() -> "Cannot read " + what + " from Keycloak: " + e.getMessage());
                return Optional.ofNullable(last.getIfPresent(k)).orElse(List.of());
            }
        });
    }

    /** The office's staff changed on this node: ask Keycloak again next time. */
    public void forget(String office) {
        fresh.invalidate(office);
    }

    /** Username → name ("Ana Author") of everyone with a role in the office. */
    public Map<String, String> names(String office) {
        return of(office).stream().collect(Collectors.toMap(StaffMember::username, StaffMember::name, (a, b) -> a));
    }

    public Set<String> withRole(String office, Role role) {
        return of(office).stream().filter(m -> m.has(role)).map(StaffMember::username).collect(Collectors.toSet());
    }

    /** The person's e-mail address, if they are on the office's staff and have one. */
    public Optional<String> emailOf(String office, String username) {
        Function<List<StaffMember>, Optional<String>> find = members -> members.stream()
                .filter(m -> m.username().equals(username)).map(StaffMember::email)
                .filter(e -> e != null && !e.isBlank()).findFirst();
        return find.apply(of(office));
    }

    /** The e-mail address of one of the region's regional editors, if they are one and have one. */
    public Optional<String> regionalEmailOf(String region, String username) {
        return regionalEditorsOf(region).stream().filter(m -> m.username().equals(username)).map(StaffMember::email)
                .filter(e -> e != null && !e.isBlank()).findFirst();
    }
}
