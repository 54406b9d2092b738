package org.dateline.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.InvitationNotSent;
import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.OfficeStaff;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The realm's users and the offices' groups, read and changed with the provisioning service
 * account ({@code dateline-provisioning}: view and manage users, query groups, nothing else). It
 * knows Keycloak, not the office's rules: those are the boundary's.
 * <p>
 * keycloak-admin-client runs in a class loader of its own ({@link AdminClientClassLoader}) over
 * the jars in {@code dateline.keycloak.admin-client.dir}, which the build copies into the
 * server's shared resources; each call runs with that loader as the thread's context loader, so
 * that RESTEasy's look-ups find its own providers and not the server's. The client is made on
 * first use, so the server starts while Keycloak is down, and its tokens renew themselves.
 * Where Keycloak is: {@code dateline.keycloak.url} and {@code dateline.keycloak.realm}
 * (environment DATELINE_KEYCLOAK_URL, DATELINE_KEYCLOAK_REALM).
 */
@ApplicationScoped
public class KeycloakRealm {

    /** The actions a new person must do before their first sign-in. The CMS never sets a password. */
    public static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    static final String PROVISIONING_CLIENT = "dateline-provisioning";
    /** The client an invited person comes back to once they have set their password: the studio's. */
    static final String STUDIO_CLIENT = "dateline-studio";
    private static final Logger LOG = Logger.getLogger(KeycloakRealm.class.getName());

    @Inject
    @ConfigProperty(name = "dateline.keycloak.url", defaultValue = "http://localhost:8180")
    String url;

    @Inject
    @ConfigProperty(name = "dateline.keycloak.realm", defaultValue = "dateline")
    String realmName;

    /** From DATELINE_KEYCLOAK_PROVISIONING_SECRET; no default (checked at start by {@code KeycloakClients}). */
    @Inject
    @ConfigProperty(name = "dateline.keycloak.provisioning.secret")
    Optional<String> provisioningSecret;

    /** Where browsers reach the studio (DATELINE_STUDIO_URL): where an invited person lands after setting their password. */
    @Inject
    @ConfigProperty(name = "dateline.studio.url", defaultValue = "http://localhost:9080")
    String studioUrl;

    /** How long an invitation link stays valid (DATELINE_INVITATION_DAYS). */
    @Inject
    @ConfigProperty(name = "dateline.invitation.days", defaultValue = "3")
    int invitationDays;

    @Inject
    @ConfigProperty(name = "dateline.keycloak.admin-client.dir")
    Optional<String> adminClientDirectory;

    private AdminClientClassLoader loader;
    private StaffDirectory directory;

    /** Everyone in any of the office's groups, with their roles there. */
    public OfficeStaff staffOf(String office) {
        Map<String, StaffMember> people = new LinkedHashMap<>();
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (StaffMember member : call(d -> d.membersOf(new OfficeGroup(office, role)))) {
                people.putIfAbsent(member.username(), member);
                roles.computeIfAbsent(member.username(), u -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        List<StaffMember> members = new ArrayList<>();
        people.forEach((username, m) -> members.add(new StaffMember(m.username(), m.firstName(), m.lastName(),
                m.email(), roles.get(username), m.invitationPending())));
        return new OfficeStaff(office, members);
    }

    /** The regional editors of the region, as Keycloak has them now. */
    public List<StaffMember> regionalEditorsOf(String region) {
        return call(d -> d.regionalEditorsOf(region));
    }

    public Optional<StaffDirectory.Account> findByEmail(String email) {
        return call(d -> d.findByEmail(email));
    }

    public Optional<StaffDirectory.Account> findByUsername(String username) {
        return call(d -> d.findByUsername(username));
    }

    /** The full paths of the person's groups as Keycloak has them now. */
    public List<String> groupPathsOf(String username) {
        return call(d -> d.groupPathsOf(username));
    }

    /**
     * Creates an enabled account with no credential that must set its password and confirm its
     * e-mail, already in the given group; Keycloak writes to it in {@code language} (its invitation
     * first), or in the realm's default language when that is null.
     *
     * @return the new account's id
     */
    public String createInvited(String username, String email, String firstName, String lastName, String language,
                                OfficeGroup group) {
        return call(d -> d.createInvited(username, email, firstName, lastName, language, INVITATION_ACTIONS, group));
    }

    public void join(String accountId, OfficeGroup group) {
        call(d -> {
            d.join(accountId, group);
            return null;
        });
    }

    public void leave(String accountId, OfficeGroup group) {
        call(d -> {
            d.leave(accountId, group);
            return null;
        });
    }

    /**
     * Has Keycloak e-mail the account its invitation: a one-time link, valid for
     * {@link #invitationDays()}, to set a password and confirm the address, which then leads to the
     * studio. Keycloak sends it with the realm's mail server (its e-mail settings).
     *
     * @throws InvitationNotSent when Keycloak did not send it, with what Keycloak said
     */
    public void sendInvitation(String accountId) {
        try {
            call(d -> {
                d.sendRequiredActionsEmail(accountId, INVITATION_ACTIONS, invitationDays() * 24 * 3600, STUDIO_CLIENT,
                        trimmed(studioUrl) + "/studio/");
                return null;
            });
        } catch (IdentityProviderUnavailable e) {
            throw new InvitationNotSent(e.getMessage());
        }
    }

    public int invitationDays() {
        return Math.max(1, Math.min(invitationDays, 30));
    }

    private <T> T call(Function<StaffDirectory, T> work) {
        StaffDirectory d = directory();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.apply(d);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private synchronized StaffDirectory directory() {
        if (directory == null) {
            Path jars = Path.of(adminClientDirectory.orElseGet(() ->
                    System.getProperty("shared.resource.dir", "usr/shared/resources") + "/keycloak-admin-client"));
            long start = System.nanoTime();
            loader = new AdminClientClassLoader(jars, KeycloakRealm.class.getClassLoader());
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                directory = (StaffDirectory) loader.loadClass(AdminClientClassLoader.BRIDGE_PACKAGE + "KeycloakAdminClient")
                        .getConstructor(String.class, String.class, String.class, String.class)
                        .newInstance(base(), realmName, PROVISIONING_CLIENT, provisioningSecret.orElseThrow(() ->
                                new IdentityProviderUnavailable(missingSecret("dateline.keycloak.provisioning.secret"), null)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                LOG.info(() -> "keycloak-admin-client loaded from " + jars + " in " + millis + " ms, for " + base());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IdentityProviderUnavailable("keycloak-admin-client cannot be loaded from " + jars + ": " + e, e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return directory;
    }

    /** What to say when a client secret is not set. */
    public static String missingSecret(String name) {
        return "Dateline will not start without " + name + ": set the environment variable "
                + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + " to the secret of that client in Keycloak"
                + " (Clients → Credentials).";
    }

    private String base() {
        return trimmed(url);
    }

    private static String trimmed(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    @PreDestroy
    synchronized void close() {
        if (directory != null) {
            directory.close();
        }
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // the jars stay open until the class loader is collected
            }
        }
    }
}
