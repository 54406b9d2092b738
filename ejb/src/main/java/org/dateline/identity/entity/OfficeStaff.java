package org.dateline.identity.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Everyone with a role in one office, and the rules for changing who has which. */
public record OfficeStaff(String office, List<StaffMember> members) {

    public OfficeStaff {
        members = members.stream()
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(StaffMember::username))
                .toList();
    }

    public Optional<StaffMember> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public List<StaffMember> with(Role role) {
        return members.stream().filter(m -> m.has(role)).toList();
    }

    /** Refuses a grant the office's rules do not allow: only to its staff, and only a role they lack. */
    public StaffMember requireGrantable(String username, Role role) {
        StaffMember member = member(username).orElseThrow(() -> new StaffRefused(StaffRefused.Reason.NOT_STAFF,
                username + " does not work in " + office + "; invite them first.", username));
        if (member.has(role)) {
            throw new StaffRefused(StaffRefused.Reason.ALREADY_HAS_ROLE, member.name() + " is already " + article(role) + " in " + office + ".",
                    member.name(), role);
        }
        return member;
    }

    /**
     * Refuses a revocation the office's rules do not allow: the person must hold the role, and an
     * office always keeps at least one admin, so that someone can still administer its staff.
     */
    public StaffMember requireRevocable(String username, Role role) {
        StaffMember member = member(username).filter(m -> m.has(role)).orElseThrow(() -> new StaffRefused(StaffRefused.Reason.LACKS_ROLE,
                username + " is not " + article(role) + " in " + office + ".", username, role));
        if (role == Role.ADMIN && with(Role.ADMIN).size() <= 1) {
            throw new StaffRefused(StaffRefused.Reason.LAST_ADMIN, member.name() + " is the last admin of " + office
                    + "; make someone else an admin first.", member.name());
        }
        return member;
    }

    private static String article(Role role) {
        return "an " + role.name().toLowerCase(Locale.ROOT);
    }
}
