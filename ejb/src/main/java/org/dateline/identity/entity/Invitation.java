package org.dateline.identity.entity;

import java.io.Serializable;

/**
 * The result of inviting a person into an office.
 *
 * @param newAccount false when the person already had an account (in another office) and was only
 *                   given the role
 * @param mailed     Keycloak sent the new account its invitation: an e-mail with a one-time link to
 *                   set a password and confirm the address, valid for {@code validDays}
 * @param problem    why the invitation e-mail was not sent, or null; the account exists anyway, and
 *                   the invitation can be sent again once mail works
 */
public record Invitation(String office, String username, String email, Role role, boolean newAccount, boolean mailed,
                         int validDays, String problem) implements Serializable {
}
