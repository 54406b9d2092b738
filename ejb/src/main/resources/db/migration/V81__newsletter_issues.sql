-- An office's newsletter issues: a monthly letter of headed sections of short items, its key
-- resources and a contact block, through the same draft -> review -> publish workflow as stories.
--   issue_month the month the issue covers, YYYY-MM
--   sections   the ordered sections and their ordered items, as a JSON document
--   resources  the key resources (label and https address), as a JSON array
--   state      DRAFT, IN_REVIEW, PUBLISHED
CREATE SEQUENCE newsletter_issue_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE newsletter_issue (
    id           BIGINT        PRIMARY KEY,
    office_id    VARCHAR(40)   NOT NULL REFERENCES office (slug),
    title        VARCHAR(300)  NOT NULL,
    issue_month  VARCHAR(7)    NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    intro        VARCHAR(4000),
    sections     TEXT          NOT NULL,
    resources    TEXT          NOT NULL,
    contact      VARCHAR(2000),
    state        VARCHAR(20)   NOT NULL,
    version      INTEGER       NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX newsletter_issue_of_office ON newsletter_issue (office_id, state, issue_month, id);
