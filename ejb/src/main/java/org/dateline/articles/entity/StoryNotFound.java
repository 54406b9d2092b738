package org.dateline.articles.entity;

import jakarta.ejb.ApplicationException;

/** No story with that id in this office: it does not exist, or belongs to another office. */
@ApplicationException(rollback = true)
public class StoryNotFound extends RuntimeException {

    public StoryNotFound(String office, long id) {
        super("There is no story " + id + " in office '" + office + "'.");
    }
}
