-- A story of one office shown on another office's site, approved by a regional editor of a region
-- that holds both. One row per story and target site; a new request after a decline or a
-- withdrawal reopens it.
CREATE SEQUENCE cross_post_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cross_post (
    id               BIGINT        PRIMARY KEY,
    version          INTEGER       NOT NULL,
    region           VARCHAR(40)   NOT NULL,
    origin_office_id VARCHAR(40)   NOT NULL REFERENCES office (slug),
    story_id         BIGINT        NOT NULL REFERENCES story (id),
    target_office_id VARCHAR(40)   NOT NULL REFERENCES office (slug),
    state            VARCHAR(20)   NOT NULL,
    direction        VARCHAR(10)   NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     TIMESTAMP     NOT NULL,
    request_note     VARCHAR(1000),
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    decision_note    VARCHAR(1000),
    release_at       TIMESTAMP,
    live_since       TIMESTAMP,
    ended_by         VARCHAR(100),
    ended_at         TIMESTAMP,
    end_note         VARCHAR(1000),
    killed           BOOLEAN       NOT NULL DEFAULT FALSE,
    target_topics    VARCHAR(2000),
    changed_at       TIMESTAMP     NOT NULL,
    CONSTRAINT cross_post_story_target UNIQUE (origin_office_id, story_id, target_office_id)
);
CREATE INDEX cross_post_region_state ON cross_post (region, state, requested_at, id);
CREATE INDEX cross_post_region_changed ON cross_post (region, changed_at, id);
CREATE INDEX cross_post_target ON cross_post (target_office_id, changed_at, id);

-- A revision may be a correction, with a short notice shown at the top of the story wherever it is live.
ALTER TABLE revision ADD COLUMN correction_notice VARCHAR(500);
ALTER TABLE placement ADD COLUMN correction_notice VARCHAR(500);

-- A copy's hero image is served on the copy's site from the origin's images.
CREATE INDEX placement_hero_image ON placement (office_id, hero_image_id);
