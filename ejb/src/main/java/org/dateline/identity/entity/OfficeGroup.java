package org.dateline.identity.entity;

import java.util.Locale;

/**
 * One of an office's staff groups in the identity provider, {@code /offices/<office>/<role group>}.
 * Only the office roles exist here: regional roles ({@code /regions/...}) are the network's to give,
 * so a request naming one, or any other group, is refused before anything is looked up.
 */
public record OfficeGroup(String office, Role role) {

    public OfficeGroup {
        if (office == null || !office.matches("[a-z0-9-]+")) {
            throw new StaffRefused(StaffRefused.Reason.NOT_AN_OFFICE, "'" + office + "' is not an office.", String.valueOf(office));
        }
        if (role == null) {
            throw new StaffRefused(StaffRefused.Reason.NO_ROLE, "No role given.");
        }
    }

    /**
     * The group of a role named as a person or a request would name it: {@code editor},
     * {@code EDITOR} or the group's own name {@code editors}.
     */
    public static OfficeGroup of(String office, String roleName) {
        String name = roleName == null ? "" : roleName.trim().toLowerCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(name) || role.group().equals(name)) {
                return new OfficeGroup(office, role);
            }
        }
        if (name.contains("regional") || name.startsWith("/regions/")) {
            throw new StaffRefused(StaffRefused.Reason.REGIONAL_ROLE, "Regional roles are given by the network, not by an office admin.");
        }
        throw new StaffRefused(StaffRefused.Reason.NOT_A_ROLE,
                "'" + roleName + "' is not a role of an office; the roles are author, editor and admin.", String.valueOf(roleName));
    }

    public String path() {
        return "/offices/" + office + "/" + role.group();
    }
}
