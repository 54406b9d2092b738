package org.dateline.identity.entity;

import java.io.Serializable;

/**
 * The result of inviting a person into an office.
 *
 * @param link        where the person goes to set their password and confirm their e-mail
 *                    (Keycloak's account console); shown to the admin, since the demo sends no mail
 * @param newAccount  false when the person already had an account (in another office) and was only
 *                    given the role
 */
public record Invitation(String office, String username, String email, Role role, String link, boolean newAccount)
        implements Serializable {
}
