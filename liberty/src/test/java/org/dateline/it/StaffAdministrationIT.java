package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.boundary.Staff;
import org.dateline.identity.entity.Invitation;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.OfficeStaff;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;
import org.dateline.identity.entity.StaffRefused;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Office admins administer their office's staff in the real Keycloak of the test run, and only
 * theirs. The acting admin signs in with a token of that Keycloak's ({@link SignedIn}); the people
 * administered, and every check of what changed, are in Keycloak itself
 * ({@link RealmAsKeycloakSeesIt}, at the system property {@code dateline.keycloak.url}), and the
 * invitations it e-mailed are in the test run's mailbox ({@link Inbox}).
 */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final List<String> OFFICE_GROUPS = List.of(
            "/offices/san-jose/authors", "/offices/san-jose/editors", "/offices/san-jose/admins",
            "/offices/georgetown/authors", "/offices/georgetown/editors", "/offices/georgetown/admins",
            "/regions/americas/regional-editors");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StaffAdministrationIT.class, RealmAsKeycloakSeesIt.class, Inbox.class);
    }

    @EJB
    Staff staff;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;
    RealmAsKeycloakSeesIt keycloak;
    final List<String> invited = new ArrayList<>();

    @BeforeEach
    void connect() {
        signedIn = new SignedIn(request);
        keycloak = new RealmAsKeycloakSeesIt();
    }

    @AfterEach
    void removeInvitedPeople() {
        invited.forEach(keycloak::deleteUserWithEmail);
    }

    String newcomer() {
        String email = Newsroom.unique("newcomer").toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org";
        invited.add(email);
        return email;
    }

    Map<String, Set<String>> officeGroupsInKeycloak() {
        Map<String, Set<String>> members = new TreeMap<>();
        OFFICE_GROUPS.forEach(path -> members.put(path, keycloak.members(path)));
        return members;
    }

    @Test
    void invitedPersonExistsInKeycloakWithTheirAddressRequiredActionsAndTheOfficesGroup() {
        String email = newcomer();

        Invitation invitation = signedIn.as("sara.admin", () -> staff.invite("san-jose", email, "Marta", "Solís", "author", "en"));

        assertThat(invitation.newAccount()).isTrue();
        assertThat(invitation.mailed()).as("the invitation e-mail went out").isTrue();
        assertThat(invitation.problem()).isNull();
        assertThat(invitation.validDays()).isEqualTo(3);
        JsonObject user = keycloak.userByEmail(email).orElseThrow();
        String username = user.getString("username");
        assertThat(user.getString("email")).isEqualTo(email);
        assertThat(user.getString("firstName")).isEqualTo("Marta");
        assertThat(user.getString("lastName")).isEqualTo("Solís");
        assertThat(user.getBoolean("enabled")).isTrue();
        assertThat(RealmAsKeycloakSeesIt.strings(user, "requiredActions"))
                .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(keycloak.credentialsOf(username)).as("the CMS sets no password").isZero();
        assertThat(keycloak.groupsOf(username)).containsExactly("/offices/san-jose/authors");

        OfficeStaff sanJose = signedIn.as("sara.admin", () -> staff.of("san-jose"));
        StaffMember listed = sanJose.member(username).orElseThrow();
        assertThat(listed.name()).isEqualTo("Marta Solís");
        assertThat(listed.roles()).containsExactly(Role.AUTHOR);
        assertThat(listed.invitationPending()).isTrue();

        JsonObject mail = Inbox.awaitMessages(email, 1);
        assertThat(Inbox.links(mail)).as("a one-time link of Keycloak's to set the password")
                .singleElement().asString().startsWith(RealmAsKeycloakSeesIt.URL + "/realms/dateline/login-actions/action-token?key=");
        assertThat(mail.getString("text")).contains("Marta", "3 days");
    }

    @Test
    void anInvitationCanBeSentAgainUntilThePersonHasSetUpTheirAccount() {
        String email = newcomer();
        String username = signedIn.as("sara.admin", () -> staff.invite("san-jose", email, "Inés", "Quesada", "editor", "en")).username();
        String first = Inbox.links(Inbox.awaitMessages(email, 1)).get(0);

        Invitation again = signedIn.as("sara.admin", () -> staff.resendInvitation("san-jose", username));

        assertThat(again.mailed()).isTrue();
        assertThat(again.role()).isEqualTo(Role.EDITOR);
        String second = Inbox.links(Inbox.awaitMessages(email, 2)).get(0);
        assertThat(second).as("a new link").isNotEqualTo(first);
        assertThat(signedIn.as("sara.admin", () -> audit.ofStaff("san-jose", 20)))
                .filteredOn(e -> username.equals(e.staffMember()))
                .extracting(AuditEvent::action).containsExactly("STAFF_INVITATION_SENT", "STAFF_INVITED");

        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.resendInvitation("san-jose", "ana.author")))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("already set up");
        assertThatThrownBy(() -> signedIn.run("george.admin", () -> staff.resendInvitation("san-jose", username)))
                .isInstanceOf(NotAllowed.class);
        assertThat(Inbox.to(email)).as("no further mail").hasSize(2);
    }

    @Test
    void twoAdminsRemovedAtTheSameMomentLeaveTheOfficeWithOne() throws Exception {
        String email = newcomer();
        String second = signedIn.as("sara.admin", () -> staff.invite("san-jose", email, "Rosa", "Brenes", "admin", "en")).username();
        assertThat(keycloak.members("/offices/san-jose/admins")).containsExactly(second, "sara.admin");

        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String removed : List.of("sara.admin", second)) {
                outcomes.add(admins.submit(() -> {
                    ready.countDown();
                    ready.await();
                    try {
                        signedIn.run("sara.admin", () -> staff.revoke("san-jose", removed, "admin"));
                        return "removed " + removed;
                    } catch (StaffRefused refused) {
                        return "refused: " + refused.getMessage();
                    }
                }));
            }
            List<String> said = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                said.add(outcome.get(2, TimeUnit.MINUTES));
            }

            assertThat(said).as("one removal goes through, the other finds the last admin").filteredOn(o -> o.startsWith("removed")).hasSize(1);
            assertThat(said).filteredOn(o -> o.startsWith("refused")).singleElement().asString().contains("last admin");
            assertThat(keycloak.members("/offices/san-jose/admins")).hasSize(1);
        } finally {
            admins.shutdownNow();
            if (!keycloak.members("/offices/san-jose/admins").contains("sara.admin")) {
                keycloak.addToGroup("sara.admin", "/offices/san-jose/admins");
            }
        }
    }

    @Test
    void grantedRoleAppearsInKeycloakAndRevokedRoleLeavesIt() {
        String email = newcomer();
        String username = signedIn.as("sara.admin", () -> staff.invite("san-jose", email, "Luis", "Mora", "author", "en")).username();

        signedIn.run("sara.admin", () -> staff.grant("san-jose", username, "editor"));
        assertThat(keycloak.groupsOf(username)).containsExactly("/offices/san-jose/authors", "/offices/san-jose/editors");

        signedIn.run("sara.admin", () -> staff.revoke("san-jose", username, "editor"));
        assertThat(keycloak.groupsOf(username)).containsExactly("/offices/san-jose/authors");

        List<AuditEvent> trail = signedIn.as("sara.admin", () -> audit.ofStaff("san-jose", 50));
        assertThat(trail).filteredOn(e -> username.equals(e.staffMember()))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(
                        tuple("STAFF_ROLE_REVOKED", "sara.admin", "EDITOR", null),
                        tuple("STAFF_ROLE_GRANTED", "sara.admin", null, "EDITOR"),
                        tuple("STAFF_INVITED", "sara.admin", null, "AUTHOR"));
    }

    @Test
    void invitingSomeoneWhoHasAnAccountInAnotherOfficeOnlyGivesThemTheRole() {
        String email = keycloak.user("gabe.author").orElseThrow().getString("email");
        try {
            Invitation invitation = signedIn.as("sara.admin", () -> staff.invite("san-jose", email, "Gabe", "Author", "author", "en"));

            assertThat(invitation.newAccount()).isFalse();
            assertThat(invitation.username()).isEqualTo("gabe.author");
            assertThat(keycloak.groupsOf("gabe.author"))
                    .containsExactly("/offices/georgetown/authors", "/offices/san-jose/authors");
            assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.invite("san-jose", email, "Gabe", "Author", "editor", "en")))
                    .isInstanceOf(StaffRefused.class).hasMessageContaining("already works in san-jose");
        } finally {
            if (keycloak.groupsOf("gabe.author").contains("/offices/san-jose/authors")) {
                signedIn.run("sara.admin", () -> staff.revoke("san-jose", "gabe.author", "author"));
            }
        }
        assertThat(keycloak.groupsOf("gabe.author")).containsExactly("/offices/georgetown/authors");
    }

    @Test
    void anAdminCannotInviteGrantOrRevokeInAnotherOfficeNorWriteIntoItsTrail() {
        String email = newcomer();
        Map<String, Set<String>> before = officeGroupsInKeycloak();
        List<AuditEvent> trailBefore = signedIn.as("george.admin", () -> audit.ofStaff("georgetown", 1000));

        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.invite("georgetown", email, "Ann", "Lee", "author", "en")))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("georgetown");
        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.grant("georgetown", "gabe.author", "editor")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.revoke("georgetown", "grace.editor", "editor")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.of("georgetown")))
                .isInstanceOf(NotAllowed.class);
        // an outsider filling the trail with text of their choosing, as the person's name
        for (int i = 0; i < 20; i++) {
            String junk = "Call 555-0100 to claim your prize " + i;
            assertThatThrownBy(() -> signedIn.run("nora.nobody", () -> staff.grant("georgetown", junk, "admin")))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.invite("georgetown", junk + "@example.org", junk, junk, "admin", "en")))
                    .isInstanceOf(NotAllowed.class);
        }

        assertThat(keycloak.userByEmail(email)).isEmpty();
        assertThat(officeGroupsInKeycloak()).isEqualTo(before);
        List<AuditEvent> trailAfter = signedIn.as("george.admin", () -> audit.ofStaff("georgetown", 1000));
        assertThat(trailAfter).as("the outsiders' attempts are in the server log, not in the office's trail")
                .extracting(AuditEvent::id).containsExactlyElementsOf(trailBefore.stream().map(AuditEvent::id).toList());
    }

    @Test
    void anAdminCannotGrantARegionalRole() {
        Map<String, Set<String>> before = officeGroupsInKeycloak();

        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.grant("san-jose", "eli.editor", "regional-editors")))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("Regional roles");
        assertThatThrownBy(() -> signedIn.run("sara.admin",
                () -> staff.invite("san-jose", newcomer(), "Rui", "Paz", "/regions/americas/regional-editors", "en")))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("Regional roles");

        assertThat(officeGroupsInKeycloak()).isEqualTo(before);
        assertThat(keycloak.groupsOf("eli.editor")).containsExactly("/offices/san-jose/editors");
    }

    @Test
    void theLastAdminOfAnOfficeCannotBeRevoked() {
        assertThat(keycloak.members("/offices/san-jose/admins")).containsExactly("sara.admin");

        assertThatThrownBy(() -> signedIn.run("sara.admin", () -> staff.revoke("san-jose", "sara.admin", "admin")))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("last admin of san-jose");

        assertThat(keycloak.members("/offices/san-jose/admins")).containsExactly("sara.admin");
        assertThat(signedIn.as("sara.admin", () -> audit.ofStaff("san-jose", 20)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("STAFF_CHANGE_REFUSED");
                    assertThat(e.staffMember()).isEqualTo("sara.admin");
                    assertThat(e.comment()).contains("last admin");
                });
    }

    @Test
    void anEditorCannotAdministerStaffAtAll() {
        String email = newcomer();
        Map<String, Set<String>> before = officeGroupsInKeycloak();

        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> staff.of("san-jose"))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> staff.invite("san-jose", email, "Ann", "Lee", "author", "en")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> staff.grant("san-jose", "ana.author", "editor")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> staff.revoke("san-jose", "ana.author", "author")))
                .isInstanceOf(NotAllowed.class);

        assertThat(keycloak.userByEmail(email)).isEmpty();
        assertThat(officeGroupsInKeycloak()).isEqualTo(before);
    }
}
