package org.dateline.media.entity;

import jakarta.ejb.ApplicationException;

/** No image with that id in this office: it does not exist, or belongs to another office. */
@ApplicationException(rollback = true)
public class ImageNotFound extends RuntimeException {

    public ImageNotFound(String office, long id) {
        super("There is no image " + id + " in office '" + office + "'.");
    }
}
