-- The newsroom's conversation about a story: its comment thread, the notifications of the people a
-- change concerns, and since when a story has waited in review.

-- A story's editorial comments, by anyone with a role in its office; a request for changes is one
-- of them (kind CHANGES_REQUESTED), written with the transition.
CREATE SEQUENCE story_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE story_comment (
    id         BIGINT        PRIMARY KEY,
    office_id  VARCHAR(40)   NOT NULL REFERENCES office (slug),
    story_id   BIGINT        NOT NULL REFERENCES story (id),
    author     VARCHAR(255)  NOT NULL,
    written_at TIMESTAMP     NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    text       VARCHAR(4000) NOT NULL
);
CREATE INDEX story_comment_of_story ON story_comment (office_id, story_id, id);

-- What a person is told about: written in the transaction of the change it tells of.
--   kind         CHANGES_REQUESTED, PUBLISHED, AWAITS_REVIEW, LOCK_TAKEN, COMMENTED
--   story_title  the story's title when it happened (the inbox reads one table)
--   detail       the comment, when there is one
--   read_at      when the person marked it read; null while unread
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT        PRIMARY KEY,
    office_id   VARCHAR(40)   NOT NULL REFERENCES office (slug),
    person      VARCHAR(255)  NOT NULL,
    story_id    BIGINT        NOT NULL REFERENCES story (id),
    story_title VARCHAR(300)  NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    detail      VARCHAR(2000),
    read_at     TIMESTAMP
);
CREATE INDEX notification_of_person ON notification (office_id, person, id);
CREATE INDEX notification_unread ON notification (office_id, person, read_at);

-- Since when a story in review has waited (set when it is submitted); the review queue's order.
ALTER TABLE story ADD COLUMN review_since TIMESTAMP;
UPDATE story SET review_since = updated_at WHERE state IN ('IN_REVIEW', 'SCHEDULED');
CREATE INDEX story_in_review ON story (office_id, state, review_since, id);
