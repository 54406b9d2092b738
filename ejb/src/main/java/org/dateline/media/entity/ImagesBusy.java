package org.dateline.media.entity;

import jakarta.ejb.ApplicationException;

/**
 * The server is making other images and did not get to this one in time; nothing was stored, and
 * the same upload may simply be sent again. Not the file's fault, so not an {@link InvalidImage}: an
 * HTTP surface answers it with 503 and {@code Retry-After}.
 */
@ApplicationException(rollback = true)
public class ImagesBusy extends RuntimeException {

    private final int retryAfterSeconds;

    public ImagesBusy(int retryAfterSeconds) {
        super("The server is busy making other images; try again in a minute. Nothing was stored.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
