package org.dateline.crossposting.entity;

import jakarta.ejb.ApplicationException;

/** The cross-post cannot take this action where it stands, or the request makes no sense. Nothing was changed. */
@ApplicationException(rollback = true)
public class IllegalCrossPost extends RuntimeException {

    public IllegalCrossPost(String message) {
        super(message);
    }
}
