-- A live story can be taken off its site at a time set in advance.
ALTER TABLE story ADD COLUMN unpublish_at TIMESTAMP;

-- Who is editing a story now: at most one person per story, until they leave it, someone takes it
-- over, or they have not been seen for a while.
CREATE TABLE edit_lock (
    office_id VARCHAR(40)  NOT NULL REFERENCES office (slug),
    story_id  BIGINT       NOT NULL REFERENCES story (id),
    holder    VARCHAR(100) NOT NULL,
    since     TIMESTAMP    NOT NULL,
    seen_at   TIMESTAMP    NOT NULL,
    version   INTEGER      NOT NULL,
    PRIMARY KEY (office_id, story_id)
);
