package org.dateline.it;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The realm {@code dateline} read straight from Keycloak, not through the CMS: what the staff
 * administration tests check their changes against. Keycloak's address is the system property
 * {@code dateline.keycloak.url} (the test run sets it on the test server from the Maven property
 * {@code it.keycloak.url}); the default is a development Keycloak on port 8380.
 */
final class RealmAsKeycloakSeesIt implements AutoCloseable {

    static final String URL = System.getProperty("dateline.keycloak.url", "http://localhost:8380");

    private final Keycloak keycloak = KeycloakBuilder.builder()
            .serverUrl(URL)
            .realm("dateline")
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId("dateline-provisioning")
            .clientSecret("dateline-provisioning-secret")
            .build();

    private RealmResource realm() {
        return keycloak.realm("dateline");
    }

    Optional<UserRepresentation> userByEmail(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst();
    }

    Optional<UserRepresentation> user(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst();
    }

    /** The full paths of the user's groups, sorted. */
    Set<String> groupsOf(String username) {
        UserRepresentation user = user(username).orElseThrow();
        Set<String> paths = new TreeSet<>();
        for (GroupRepresentation group : realm().users().get(user.getId()).groups()) {
            paths.add(group.getPath());
        }
        return paths;
    }

    int credentialsOf(String username) {
        return realm().users().get(user(username).orElseThrow().getId()).credentials().size();
    }

    /** The usernames in a group, sorted. */
    Set<String> members(String groupPath) {
        String id = realm().getGroupByPath(groupPath).getId();
        Set<String> names = new TreeSet<>();
        List<UserRepresentation> members = realm().groups().group(id).members(0, 1000, true);
        members.forEach(m -> names.add(m.getUsername()));
        return names;
    }

    void deleteUserWithEmail(String email) {
        userByEmail(email).ifPresent(u -> realm().users().get(u.getId()).remove());
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
