package org.dateline.identity.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeStaffTest {

    static StaffMember person(String username, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        return new StaffMember(username, username.substring(0, 1).toUpperCase() + username.substring(1), "Doe",
                username + "@example.org", set, false);
    }

    @Test
    void theLastAdminCannotBeRevoked() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("sara", Role.ADMIN), person("eli", Role.EDITOR)));

        assertThatThrownBy(() -> staff.requireRevocable("sara", Role.ADMIN))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("last admin of san-jose")
                .satisfies(e -> assertThat(((StaffRefused) e).reason()).isEqualTo(StaffRefused.Reason.LAST_ADMIN));
    }

    @Test
    void anAdminCanBeRevokedWhileAnotherRemains() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("sara", Role.ADMIN), person("eli", Role.EDITOR, Role.ADMIN)));

        assertThat(staff.requireRevocable("sara", Role.ADMIN).username()).isEqualTo("sara");
    }

    @Test
    void theLastAdminKeepsTheirOtherRolesRevocable() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("sara", Role.ADMIN, Role.EDITOR)));

        assertThat(staff.requireRevocable("sara", Role.EDITOR).username()).isEqualTo("sara");
    }

    @Test
    void aRoleThePersonDoesNotHoldCannotBeRevoked() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("sara", Role.ADMIN), person("eli", Role.EDITOR)));

        assertThatThrownBy(() -> staff.requireRevocable("eli", Role.AUTHOR))
                .isInstanceOf(StaffRefused.class).hasMessage("eli is not an author in san-jose.");
        assertThatThrownBy(() -> staff.requireRevocable("gabe", Role.AUTHOR))
                .isInstanceOf(StaffRefused.class);
    }

    @Test
    void rolesAreGrantedOnlyToTheOfficesStaffAndOnlyOnce() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("sara", Role.ADMIN), person("eli", Role.EDITOR)));

        assertThat(staff.requireGrantable("eli", Role.ADMIN).username()).isEqualTo("eli");
        assertThatThrownBy(() -> staff.requireGrantable("eli", Role.EDITOR))
                .isInstanceOf(StaffRefused.class).hasMessage("Eli Doe is already an editor in san-jose.")
                .satisfies(e -> {
                    assertThat(((StaffRefused) e).reason()).as("what a page says in the admin's language").isEqualTo(StaffRefused.Reason.ALREADY_HAS_ROLE);
                    assertThat(((StaffRefused) e).details()).containsExactly("Eli Doe", Role.EDITOR);
                });
        assertThatThrownBy(() -> staff.requireGrantable("gabe", Role.EDITOR))
                .isInstanceOf(StaffRefused.class).hasMessage("gabe does not work in san-jose; invite them first.");
    }

    @Test
    void staffIsListedByName() {
        OfficeStaff staff = new OfficeStaff("san-jose", List.of(person("zoe", Role.AUTHOR), person("ana", Role.AUTHOR),
                person("eli", Role.EDITOR)));

        assertThat(staff.members()).extracting(StaffMember::username).containsExactly("ana", "eli", "zoe");
    }
}
