package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

/**
 * A staff change that the office's rules do not allow (a regional role, the office's last admin,
 * someone who does not work in the office). The message says why, for the admin who asked.
 * Nothing was changed.
 */
@ApplicationException(rollback = true)
public class StaffRefused extends RuntimeException {

    public StaffRefused(String message) {
        super(message);
    }
}
