package org.dateline.identity.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * A signed-in person's groups as Keycloak has them now, not as their sign-in said hours ago. The
 * studio's sign-in lasts as long as its session, and an access token keeps the groups it was issued
 * with until it expires; a role an admin revokes must stop working at the next request that needs
 * it. So every request's groups are Keycloak's current ones, asked at most every
 * {@code dateline.memberships.check-seconds} (default 10) per person, and at once after a staff
 * change made on this node ({@link #forget}).
 * <p>
 * When Keycloak cannot be asked, the last answer it gave stands (or, failing that, the groups the
 * person signed in with): nobody's roles can be revoked while Keycloak is down, since that is where
 * they are revoked, and readers and signed-in staff keep working.
 */
@ApplicationScoped
public class CurrentGroups {

    private static final Logger LOG = Logger.getLogger(CurrentGroups.class.getName());

    private record Known(List<String> groups, Instant at) {
    }

    @Inject
    KeycloakRealm keycloak;

    @Inject
    @ConfigProperty(name = "dateline.memberships.check-seconds", defaultValue = "10")
    int checkSeconds;

    Clock clock = Clock.systemUTC();

    private Cache<String, Known> known;

    @PostConstruct
    void start() {
        known = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(12)).build();
    }

    /** The person's group paths now; {@code signedInWith} are those of their sign-in, for when Keycloak cannot say. */
    public List<String> of(String username, List<String> signedInWith) {
        Instant now = clock.instant();
        Known last = known.getIfPresent(username);
        if (last != null && last.at().plusSeconds(Math.max(0, checkSeconds)).isAfter(now)) {
            return last.groups();
        }
        try {
            List<String> groups = List.copyOf(keycloak.groupPathsOf(username));
            known.put(username, new Known(groups, now));
            return groups;
        } catch (IdentityProviderUnavailable e) {
            LOG.fine(() -> "Keycloak cannot say the groups of " + username + " now (" + e.getMessage() + "); using "
                    + (last == null ? "those of the sign-in" : "its last answer"));
            return last == null ? List.copyOf(signedInWith) : last.groups();
        }
    }

    /** Makes the next request of the person ask Keycloak again: their groups were just changed. */
    public void forget(String username) {
        known.invalidate(username);
    }
}
