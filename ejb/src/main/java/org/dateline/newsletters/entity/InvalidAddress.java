package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

/** A sign-up with something that is not an e-mail address the newsletter can be sent to. */
@ApplicationException(rollback = true)
public class InvalidAddress extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String given;

    public InvalidAddress(String given) {
        super("'" + given + "' is not an e-mail address the newsletter can be sent to");
        this.given = given;
    }

    /** What the person typed, for the message shown to them. */
    public String given() {
        return given;
    }
}
