package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

/** Keycloak could not be reached or did not answer as expected; nothing was changed in the CMS. */
@ApplicationException(rollback = true)
public class IdentityProviderUnavailable extends RuntimeException {

    public IdentityProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
