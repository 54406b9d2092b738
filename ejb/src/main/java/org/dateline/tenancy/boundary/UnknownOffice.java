package org.dateline.tenancy.boundary;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownOffice extends RuntimeException {

    public UnknownOffice(String slug) {
        super("There is no office '" + slug + "'.");
    }
}
