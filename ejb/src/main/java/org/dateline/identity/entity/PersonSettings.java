package org.dateline.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One person's own settings, whichever offices they work in (so not office-owned, and not
 * {@code @Multitenant}): keyed by the name they sign in with. A person who never changed a setting
 * has no row and every default ({@link #defaults}).
 */
@Entity
@Table(name = "person_settings")
public class PersonSettings {

    /** An ISO 639 language code as the studio stores it: two or three lower-case letters. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Id
    private String username;

    /** The studio's language; null to follow the browser's. */
    private String language;

    @Column(name = "mail_notifications", nullable = false)
    private boolean mailNotifications = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonSettings() {
    }

    private PersonSettings(String username) {
        this.username = username;
    }

    /** The settings of someone who has not changed any: the browser's language, mail on. */
    public static PersonSettings defaults(String username) {
        return new PersonSettings(username);
    }

    /**
     * Sets the studio's language, or with null lets it follow the browser again.
     *
     * @throws IllegalArgumentException for anything but a language code
     */
    public void chooseLanguage(String language, Instant at) {
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("not a language code: " + language);
        }
        this.language = language;
        this.updatedAt = at;
    }

    /** Whether the studio e-mails the person their notifications (they are in the studio's inbox either way). */
    public void mailNotifications(boolean on, Instant at) {
        this.mailNotifications = on;
        this.updatedAt = at;
    }

    public String username() {
        return username;
    }

    /** The language the person chose for the studio, if they chose one. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public boolean mailNotifications() {
        return mailNotifications;
    }

    /** When the person last changed a setting; null if never. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
