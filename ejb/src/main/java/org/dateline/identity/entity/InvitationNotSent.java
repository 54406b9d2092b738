package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak did not send an invitation e-mail: its mail server refused or is not set up (the
 * realm's e-mail settings), or Keycloak could not be reached. The message says what Keycloak said.
 */
@ApplicationException(rollback = true)
public class InvitationNotSent extends RuntimeException {

    public InvitationNotSent(String message) {
        super(message);
    }
}
