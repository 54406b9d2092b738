package org.dateline.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.OfficeStaff;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.OAuth2Constants;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The realm's users and the offices' groups, read and changed through Keycloak's admin client
 * with the provisioning service account ({@code dateline-provisioning}, which may view and manage
 * users and query groups, nothing else). It knows Keycloak, not the office's rules: those are the
 * boundary's. Every failure to reach Keycloak becomes {@link IdentityProviderUnavailable}; every
 * admin {@link Response} is closed. The client is built on first use, so the server starts while
 * Keycloak is down, and its tokens renew themselves. Where Keycloak is: {@code dateline.keycloak.url}
 * and {@code dateline.keycloak.realm} (environment DATELINE_KEYCLOAK_URL, DATELINE_KEYCLOAK_REALM).
 */
@ApplicationScoped
public class KeycloakRealm {

    /** The actions a new person must do before their first sign-in. The CMS never sets a password. */
    public static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    static final String PROVISIONING_CLIENT = "dateline-provisioning";
    private static final int PAGE = 100;

    @Inject
    @ConfigProperty(name = "dateline.keycloak.url", defaultValue = "http://localhost:8380")
    String url;

    @Inject
    @ConfigProperty(name = "dateline.keycloak.realm", defaultValue = "dateline")
    String realmName;

    /** From DATELINE_KEYCLOAK_PROVISIONING_SECRET; the default is the demo realm's throw-away value. */
    @Inject
    @ConfigProperty(name = "dateline.keycloak.provisioning.secret", defaultValue = "dateline-provisioning-secret")
    String provisioningSecret;

    private Keycloak keycloak;

    /** Everyone in any of the office's groups, with their roles there. */
    public OfficeStaff staffOf(String office) {
        return call("read the staff of " + office, () -> {
            Map<String, UserRepresentation> people = new LinkedHashMap<>();
            Map<String, Set<Role>> roles = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                for (UserRepresentation user : membersOf(new OfficeGroup(office, role))) {
                    people.putIfAbsent(user.getId(), user);
                    roles.computeIfAbsent(user.getId(), id -> EnumSet.noneOf(Role.class)).add(role);
                }
            }
            List<StaffMember> members = new ArrayList<>();
            people.forEach((id, user) -> members.add(member(user, roles.get(id))));
            return new OfficeStaff(office, members);
        });
    }

    public Optional<UserRepresentation> findByEmail(String email) {
        return call("look up " + email, () -> realm().users().searchByEmail(email, true).stream()
                .filter(u -> email.equalsIgnoreCase(u.getEmail())).findFirst());
    }

    public Optional<UserRepresentation> findByUsername(String username) {
        return call("look up " + username, () -> realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst());
    }

    /**
     * Creates an enabled account with no credential that must set its password and confirm its
     * e-mail, already in the given group.
     *
     * @return the new user's id
     */
    public String createInvited(String username, String email, String firstName, String lastName, OfficeGroup group) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(INVITATION_ACTIONS);
        user.setGroups(List.of(group.path()));
        return call("create the account of " + email, () -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new IllegalStateException("Keycloak already has an account " + username + " or " + email);
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    public void join(String userId, OfficeGroup group) {
        call("add to " + group.path(), () -> {
            realm().users().get(userId).joinGroup(groupId(group));
            return null;
        });
    }

    public void leave(String userId, OfficeGroup group) {
        call("remove from " + group.path(), () -> {
            realm().users().get(userId).leaveGroup(groupId(group));
            return null;
        });
    }

    /**
     * Where an invited person sets their password and confirms their e-mail: the realm's account
     * console, whose sign-in runs the required actions. Keycloak mails its own one-time
     * execute-actions link only through a mail server, which the demo does not have.
     */
    public String accountConsole() {
        return base() + "/realms/" + realmName + "/account";
    }

    private List<UserRepresentation> membersOf(OfficeGroup group) {
        String id = groupId(group);
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm().groups().group(id).members(first, PAGE, false);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private String groupId(OfficeGroup group) {
        try {
            GroupRepresentation found = realm().getGroupByPath(group.path());
            return found.getId();
        } catch (NotFoundException e) {
            throw new IllegalStateException("the realm has no group " + group.path(), e);
        }
    }

    private static StaffMember member(UserRepresentation user, Set<Role> roles) {
        List<String> actions = user.getRequiredActions();
        boolean pending = actions != null && !actions.isEmpty();
        return new StaffMember(user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(), roles, pending);
    }

    private <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | WebApplicationException | IllegalStateException e) {
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof WebApplicationException web) {
            return "HTTP " + web.getResponse().getStatus();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(base())
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(PROVISIONING_CLIENT)
                    .clientSecret(provisioningSecret)
                    .build();
        }
        return keycloak.realm(realmName);
    }

    private String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
