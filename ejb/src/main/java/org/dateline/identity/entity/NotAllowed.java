package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

/** The caller has no role in the office that allows the action. Nothing was changed. */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

    public NotAllowed(Caller caller, String office, String what) {
        super(caller.name() + " may not " + what + " in office '" + office + "'.");
    }
}
