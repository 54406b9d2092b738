package org.dateline.identity.control.adminclient;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.dateline.identity.control.StaffDirectory;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.StaffMember;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff directory through keycloak-admin-client, signed in as the provisioning service
 * account. Loaded only by {@code AdminClientClassLoader}, never by the application: its
 * Jakarta REST types are the library's own, so none of them may leave this class, and every
 * failure leaves it as {@link IdentityProviderUnavailable}. Every admin {@link Response} is closed.
 */
public class KeycloakAdminClient implements StaffDirectory {

    private static final int PAGE = 100;
    private static final Pattern ERROR = Pattern.compile("\"error(?:Message|_description)?\"\\s*:\\s*\"([^\"]{1,300})\"");

    private final Keycloak keycloak;
    private final String realmName;

    public KeycloakAdminClient(String serverUrl, String realmName, String clientId, String clientSecret) {
        this.realmName = realmName;
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realmName)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build();
    }

    @Override
    public List<StaffMember> membersOf(OfficeGroup group) {
        return call("read " + group.path(), () -> members(groupId(group), user -> member(user, group)));
    }

    @Override
    public List<StaffMember> regionalEditorsOf(String region) {
        String path = "/regions/" + region + "/regional-editors";
        return call("read " + path, () -> {
            String id;
            try {
                id = realm().getGroupByPath(path).getId();
            } catch (NotFoundException e) {
                return List.<StaffMember>of();
            }
            return members(id, user -> new StaffMember(user.getUsername(), user.getFirstName(), user.getLastName(),
                    user.getEmail(), Set.of(), false));
        });
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return call("look up " + email, () -> realm().users().searchByEmail(email, true).stream()
                .filter(u -> email.equalsIgnoreCase(u.getEmail())).findFirst().map(KeycloakAdminClient::account));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return call("look up " + username, () -> realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst().map(KeycloakAdminClient::account));
    }

    @Override
    public List<String> groupPathsOf(String username) {
        return call("read the groups of " + username, () -> realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()) && Boolean.TRUE.equals(u.isEnabled())).findFirst()
                .map(u -> realm().users().get(u.getId()).groups().stream().map(GroupRepresentation::getPath).toList())
                .orElse(List.of()));
    }

    @Override
    public String createInvited(String username, String email, String firstName, String lastName, String locale,
                                List<String> requiredActions, OfficeGroup group) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.copyOf(requiredActions));
        user.setGroups(List.of(group.path()));
        if (locale != null) {
            user.setAttributes(Map.of("locale", List.of(locale)));
        }
        return call("create the account of " + email, () -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new IdentityProviderUnavailable("Keycloak already has an account " + username + " or " + email
                            + " (created at the same moment?)", null);
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    @Override
    public void sendRequiredActionsEmail(String accountId, List<String> requiredActions, int lifespanSeconds,
                                         String clientId, String redirectUri) {
        call("send the invitation e-mail", () -> {
            realm().users().get(accountId).executeActionsEmail(clientId, redirectUri, lifespanSeconds, List.copyOf(requiredActions));
            return null;
        });
    }

    @Override
    public void join(String accountId, OfficeGroup group) {
        call("add to " + group.path(), () -> {
            realm().users().get(accountId).joinGroup(groupId(group));
            return null;
        });
    }

    @Override
    public void leave(String accountId, OfficeGroup group) {
        call("remove from " + group.path(), () -> {
            realm().users().get(accountId).leaveGroup(groupId(group));
            return null;
        });
    }

    @Override
    public void close() {
        keycloak.close();
    }

    /** Every member of the group, a page at a time. */
    private List<StaffMember> members(String groupId, java.util.function.Function<UserRepresentation, StaffMember> member) {
        List<StaffMember> members = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm().groups().group(groupId).members(first, PAGE, false);
            page.forEach(user -> members.add(member.apply(user)));
            if (page.size() < PAGE) {
                return members;
            }
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private String groupId(OfficeGroup group) {
        try {
            return realm().getGroupByPath(group.path()).getId();
        } catch (NotFoundException e) {
            throw new IdentityProviderUnavailable("the realm " + realmName + " has no group " + group.path(), null);
        }
    }

    private static Account account(UserRepresentation user) {
        return new Account(user.getId(), user.getUsername(), user.getEmail());
    }

    private static StaffMember member(UserRepresentation user, OfficeGroup group) {
        List<String> actions = user.getRequiredActions();
        return new StaffMember(user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                Set.of(group.role()), actions != null && !actions.isEmpty());
    }

    /**
     * Runs an admin call; a failure leaves as {@link IdentityProviderUnavailable} with a message
     * only (its cause is of this class loader's types, which the application cannot catch or read).
     */
    private static <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (IdentityProviderUnavailable e) {
            throw e;
        } catch (WebApplicationException e) {
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": HTTP " + e.getResponse().getStatus()
                    + said(e.getResponse()), null);
        } catch (ProcessingException | IllegalStateException e) {
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": " + rootMessage(e), null);
        } catch (RuntimeException e) {
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": " + e, null);
        }
    }

    /** Keycloak's own words for a refusal ({@code {"errorMessage":"…"}}), if it gave any. */
    private static String said(Response response) {
        try {
            String body = response.readEntity(String.class);
            Matcher m = ERROR.matcher(body == null ? "" : body);
            return m.find() ? " (" + m.group(1) + ")" : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
