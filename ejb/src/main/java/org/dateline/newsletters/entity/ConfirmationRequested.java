package org.dateline.newsletters.entity;

/**
 * A sign-up that is to be confirmed: the confirmation mail goes out once the sign-up has
 * committed. The token is only ever in this mail; the list keeps its hash.
 */
public record ConfirmationRequested(String office, String email, String language, String token) {
}
