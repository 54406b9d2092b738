package org.dateline.identity.entity;

/** One role in one office. */
public record Membership(String office, Role role) {
}
