-- Each person's own settings, the same in every office they work in, keyed by the username they
-- sign in with (Keycloak's preferred_username). No row means every default; a row is written the
-- first time the person changes a setting.
--   language            the studio's language (ISO 639 code), null to follow the browser's
--   mail_notifications  whether the studio may e-mail the person about their work
CREATE TABLE person_settings (
    username           VARCHAR(255) PRIMARY KEY,
    language           VARCHAR(8),
    mail_notifications BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at         TIMESTAMP    NOT NULL
);
