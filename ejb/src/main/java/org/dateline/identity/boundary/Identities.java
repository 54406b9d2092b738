package org.dateline.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;

/**
 * Who is signed in and in which offices they work, for the studio's pages. It only reads the
 * caller's memberships; what they may do is decided by the boundary they act through.
 */
@Stateless
public class Identities {

    @Inject
    Callers callers;

    public Caller current() {
        return callers.current();
    }
}
