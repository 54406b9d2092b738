package org.dateline.identity.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipsTest {

    @Test
    void fullGroupPathsBecomeOfficeRolesAndRegions() {
        Caller tom = Memberships.of("tom", List.of("/offices/san-jose/editors", "/offices/georgetown/authors",
                "/regions/americas/regional-editors", "/offices/washington/admins"));
        assertThat(tom.memberships()).containsExactlyInAnyOrder(
                new Membership("san-jose", Role.EDITOR), new Membership("georgetown", Role.AUTHOR),
                new Membership("washington", Role.ADMIN));
        assertThat(tom.regionalEditorOf()).containsExactly("americas");
        assertThat(tom.offices()).containsExactly("georgetown", "san-jose", "washington");
    }

    @Test
    void groupsWithoutAFullOfficePathGiveNoRole() {
        Caller caller = Memberships.of("x", List.of("editors", "/san-jose/editors", "/offices/san-jose/interns",
                "/offices/San-Jose/editors", "/offices/san-jose/editors/extra"));
        assertThat(caller.memberships()).isEmpty();
    }

    @Test
    void requireRefusesARoleFromAnotherOffice() {
        Caller grace = Memberships.of("grace", List.of("/offices/georgetown/editors"));
        grace.require("georgetown", EnumSet.of(Role.EDITOR), "publish");
        assertThatThrownBy(() -> grace.require("san-jose", EnumSet.of(Role.EDITOR), "publish the story"))
                .isInstanceOf(NotAllowed.class).hasMessage("grace may not publish the story in office 'san-jose'.");
    }
}
