package org.dateline.identity.entity;

/** A person's role in one office, named as in the group paths ({@code /offices/<office>/<group>}). */
public enum Role {
    AUTHOR("authors"),
    EDITOR("editors"),
    ADMIN("admins");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    static Role ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return role;
            }
        }
        return null;
    }
}
