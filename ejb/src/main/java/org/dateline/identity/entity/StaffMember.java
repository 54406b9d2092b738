package org.dateline.identity.entity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person with at least one role in an office, as the identity provider knows them.
 *
 * @param invitationPending the person has not yet set their password or confirmed their e-mail
 */
public record StaffMember(String username, String firstName, String lastName, String email, Set<Role> roles,
                          boolean invitationPending) implements Serializable {

    public StaffMember {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public String name() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        String name = (first + " " + last).trim();
        return name.isEmpty() ? username : name;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles in their natural order (author, editor, admin), for showing. */
    public Set<Role> sortedRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
