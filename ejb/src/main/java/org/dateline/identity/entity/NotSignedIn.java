package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

/** Something only a signed-in person has was asked for without a signed-in person. Nothing was changed. */
@ApplicationException(rollback = true)
public class NotSignedIn extends RuntimeException {

    public NotSignedIn(String what) {
        super("Only a signed-in person can " + what + ".");
    }
}
