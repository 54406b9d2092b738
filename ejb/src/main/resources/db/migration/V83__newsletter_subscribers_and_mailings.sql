-- An office's newsletter subscribers (double opt-in) and the sending of its issues to them.
--   newsletter_subscriber  one address of one office's list, in the language it chose
--     state               PENDING (signed up, not confirmed), CONFIRMED, UNSUBSCRIBED
--     confirm_hash        SHA-256 (hex) of the confirmation link's token while PENDING; the token itself is only mailed
--     confirm_expires     when the confirmation link stops working
--     confirm_sent_at     the last confirmation mail: sign-ups of one address are answered once in a while, not each time
--     unsubscribe_token   the one-click unsubscribe link's token, in every issue mailed to the address
--   newsletter_mailing     the sending of one issue to the office's confirmed subscribers of the issue's language
--   newsletter_delivery    one recipient of a mailing: PENDING, SENDING (handed to the mail server), SENT or FAILED,
--                          its attempts and last error; written at the start, so a restart resumes where it was
CREATE SEQUENCE newsletter_subscriber_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE newsletter_subscriber (
    id                BIGINT        PRIMARY KEY,
    office_id         VARCHAR(40)   NOT NULL REFERENCES office (slug),
    email             VARCHAR(254)  NOT NULL,
    language          VARCHAR(10)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    confirm_hash      VARCHAR(64),
    confirm_expires   TIMESTAMP,
    confirm_sent_at   TIMESTAMP,
    unsubscribe_token VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    confirmed_at      TIMESTAMP,
    unsubscribed_at   TIMESTAMP,
    version           INTEGER       NOT NULL
);
CREATE UNIQUE INDEX newsletter_subscriber_address ON newsletter_subscriber (office_id, email);
CREATE INDEX newsletter_subscriber_confirm ON newsletter_subscriber (confirm_hash);
CREATE UNIQUE INDEX newsletter_subscriber_unsubscribe ON newsletter_subscriber (unsubscribe_token);
CREATE INDEX newsletter_subscriber_list ON newsletter_subscriber (office_id, state, language, id);

CREATE SEQUENCE newsletter_mailing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE newsletter_mailing (
    id          BIGINT        PRIMARY KEY,
    office_id   VARCHAR(40)   NOT NULL REFERENCES office (slug),
    issue_id    BIGINT        NOT NULL REFERENCES newsletter_issue (id),
    state       VARCHAR(20)   NOT NULL,
    recipients  INTEGER       NOT NULL,
    started_by  VARCHAR(255)  NOT NULL,
    started_at  TIMESTAMP     NOT NULL,
    finished_at TIMESTAMP,
    version     INTEGER       NOT NULL
);
CREATE UNIQUE INDEX newsletter_mailing_of_issue ON newsletter_mailing (office_id, issue_id);
CREATE INDEX newsletter_mailing_sending ON newsletter_mailing (state, id);

CREATE TABLE newsletter_delivery (
    mailing_id      BIGINT        NOT NULL REFERENCES newsletter_mailing (id),
    subscriber_id   BIGINT        NOT NULL REFERENCES newsletter_subscriber (id),
    office_id       VARCHAR(40)   NOT NULL REFERENCES office (slug),
    email           VARCHAR(254)  NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP,
    PRIMARY KEY (mailing_id, subscriber_id)
);
CREATE INDEX newsletter_delivery_due ON newsletter_delivery (mailing_id, state, next_attempt_at, subscriber_id);
