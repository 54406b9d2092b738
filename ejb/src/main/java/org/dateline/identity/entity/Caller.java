package org.dateline.identity.entity;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The person behind a request, with their memberships. {@link #SCHEDULER} is the server itself
 * acting on an editor's earlier decision (a scheduled publication).
 */
public record Caller(String name, Set<Membership> memberships, Set<String> regionalEditorOf) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of());
    public static final Caller SCHEDULER = new Caller("scheduler", Set.of(), Set.of());

    public Caller {
        memberships = Set.copyOf(memberships);
        regionalEditorOf = Set.copyOf(regionalEditorOf);
    }

    public boolean has(String office, Role role) {
        return memberships.contains(new Membership(office, role));
    }

    public Set<Role> rolesIn(String office) {
        return memberships.stream().filter(m -> m.office().equals(office)).map(Membership::role)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The offices this person works in, sorted. */
    public Set<String> offices() {
        return memberships.stream().map(Membership::office).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Refuses unless the caller holds one of the roles in the office.
     *
     * @param what the action, as the refusal should name it
     */
    public void require(String office, Set<Role> roles, String what) {
        if (rolesIn(office).stream().noneMatch(roles::contains)) {
            throw new NotAllowed(this, office, what);
        }
    }
}
