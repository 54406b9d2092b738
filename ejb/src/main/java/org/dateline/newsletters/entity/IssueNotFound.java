package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

/** No such issue in the office (or it belongs to another office, which is the same to the caller). */
@ApplicationException(rollback = true)
public class IssueNotFound extends RuntimeException {

    public IssueNotFound(String office, long id) {
        super("There is no newsletter issue " + id + " in office '" + office + "'.");
    }
}
