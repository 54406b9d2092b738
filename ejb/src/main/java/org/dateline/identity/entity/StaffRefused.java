package org.dateline.identity.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A staff change that the office's rules do not allow (a regional role, the office's last admin,
 * someone who does not work in the office). Nothing was changed. The message says why in English,
 * for the audit trail and the server's log; {@link #reason()} and {@link #details()} let a page
 * say it in the admin's own language.
 */
@ApplicationException(rollback = true)
public class StaffRefused extends RuntimeException {

    /** Why a change was refused. Each says which {@link #details()} it comes with, in order. */
    public enum Reason {
        /** The office's slug as given. */
        NOT_AN_OFFICE,
        /** No details. */
        NO_ROLE,
        /** No details: regional roles are the network's to give. */
        REGIONAL_ROLE,
        /** The role's name as given. */
        NOT_A_ROLE,
        /** The address as given. */
        NOT_AN_EMAIL,
        /** The language as given (an invitation's). */
        NOT_A_LANGUAGE,
        /** No details. */
        FIRST_NAME_MISSING,
        /** No details. */
        LAST_NAME_MISSING,
        /** The most characters a name may have. */
        FIRST_NAME_TOO_LONG,
        /** The most characters a name may have. */
        LAST_NAME_TOO_LONG,
        /** The person's name: they already work in the office. */
        ALREADY_STAFF,
        /** The username: they have no role in the office. */
        NOT_STAFF,
        /** The person's name and the {@link Role} they already have. */
        ALREADY_HAS_ROLE,
        /** The username and the {@link Role} they do not have. */
        LACKS_ROLE,
        /** The person's name: the office's last admin. */
        LAST_ADMIN,
        /** The person's name: they have set up their account, there is no invitation to resend. */
        ALREADY_SET_UP,
        /** The username: the account is gone from the identity provider. */
        NO_ACCOUNT
    }

    private final Reason reason;
    private final Object[] details;

    public StaffRefused(Reason reason, String message, Object... details) {
        super(message);
        this.reason = reason;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** What the reason is about (names, a {@link Role}, a limit), in the order {@link Reason} gives. */
    public List<Object> details() {
        return List.of(details);
    }
}
