package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

/** A mailing that cannot start: the issue is not published, or it has been mailed already. */
@ApplicationException(rollback = true)
public class IllegalMailing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalMailing(String message) {
        super(message);
    }
}
