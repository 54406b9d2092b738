package org.dateline.identity.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeGroupTest {

    @Test
    void roleNamedAnyWayAPersonWouldBuildsTheOfficesGroupPath() {
        assertThat(OfficeGroup.of("san-jose", "editor").path()).isEqualTo("/offices/san-jose/editors");
        assertThat(OfficeGroup.of("georgetown", "ADMIN").path()).isEqualTo("/offices/georgetown/admins");
        assertThat(OfficeGroup.of("washington", " authors ").path()).isEqualTo("/offices/washington/authors");
    }

    @Test
    void regionalRolesAreRefused() {
        assertThatThrownBy(() -> OfficeGroup.of("san-jose", "regional-editors"))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("Regional roles");
        assertThatThrownBy(() -> OfficeGroup.of("san-jose", "/regions/americas/regional-editors"))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("Regional roles");
    }

    @Test
    void unknownRolesAreRefused() {
        assertThatThrownBy(() -> OfficeGroup.of("san-jose", "publisher"))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("author, editor and admin")
                .satisfies(e -> {
                    assertThat(((StaffRefused) e).reason()).isEqualTo(StaffRefused.Reason.NOT_A_ROLE);
                    assertThat(((StaffRefused) e).details()).containsExactly("publisher");
                });
        assertThatThrownBy(() -> OfficeGroup.of("san-jose", null)).isInstanceOf(StaffRefused.class);
    }

    @Test
    void anOfficeNameCannotReachIntoAnotherPartOfTheGroupTree() {
        assertThatThrownBy(() -> OfficeGroup.of("san-jose/../../regions/americas", "editor"))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("is not an office");
        assertThatThrownBy(() -> OfficeGroup.of("", "editor")).isInstanceOf(StaffRefused.class);
    }
}
