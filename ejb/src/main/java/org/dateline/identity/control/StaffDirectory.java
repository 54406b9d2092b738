package org.dateline.identity.control;

import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * The realm's people and groups as the staff administration needs them. An interface although it
 * has one implementation, because it is the class loader boundary: its one implementation
 * ({@code adminclient.KeycloakAdminClient}) lives with keycloak-admin-client and RESTEasy in a class
 * loader of their own ({@link AdminClientClassLoader}), so only JDK and Dateline types may cross it,
 * and every failure arrives as {@link org.dateline.identity.entity.IdentityProviderUnavailable}.
 */
public interface StaffDirectory extends AutoCloseable {

    /** Everyone in the group, each with the group's role. */
    List<StaffMember> membersOf(OfficeGroup group);

    /** The regional editors of the region (group {@code /regions/{region}/regional-editors}), with no office role; none when the realm has no such group. */
    List<StaffMember> regionalEditorsOf(String region);

    Optional<Account> findByEmail(String email);

    Optional<Account> findByUsername(String username);

    /**
     * The full paths of the groups the person is in now; none when there is no such account or it is
     * disabled.
     */
    List<String> groupPathsOf(String username);

    /**
     * Creates an enabled account without a credential that must do the given required actions,
     * already in the group, whose e-mails and sign-in pages Keycloak writes in the given language
     * (its {@code locale} attribute; null for the realm's default).
     *
     * @return the new account's id
     */
    String createInvited(String username, String email, String firstName, String lastName, String locale,
                         List<String> requiredActions, OfficeGroup group);

    /**
     * Has Keycloak e-mail the person a one-time link to do their required actions (set a password,
     * confirm the address), valid for the given time, that brings them back to the given address of
     * the client afterwards.
     */
    void sendRequiredActionsEmail(String accountId, List<String> requiredActions, int lifespanSeconds, String clientId,
                                  String redirectUri);

    void join(String accountId, OfficeGroup group);

    void leave(String accountId, OfficeGroup group);

    @Override
    void close();

    /** An account in the realm. */
    record Account(String id, String username, String email) {
    }
}
