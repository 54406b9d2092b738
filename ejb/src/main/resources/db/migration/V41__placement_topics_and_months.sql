-- Topic pages and the monthly archive are keyset-paged like the home page, each from one index.

-- The topics a live placement is filed under, with its publication time copied so that a topic
-- page is one index range scan; the rows go when the placement is withdrawn.
CREATE SEQUENCE placement_topic_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE placement_topic (
    id           BIGINT       PRIMARY KEY,
    office_id    VARCHAR(40)  NOT NULL REFERENCES office (slug),
    placement_id BIGINT       NOT NULL REFERENCES placement (id),
    topic_slug   VARCHAR(100) NOT NULL,
    topic_name   VARCHAR(200) NOT NULL,
    published_at TIMESTAMP    NOT NULL,
    CONSTRAINT placement_topic_once UNIQUE (placement_id, topic_slug)
);
CREATE INDEX placement_topic_latest ON placement_topic (office_id, topic_slug, published_at DESC, placement_id DESC);

-- The month of the publication date (2020 * 100 + 6 for June 2020): the archive counts by it and
-- lists a month's stories in one range scan.
ALTER TABLE placement ADD COLUMN publication_month INTEGER;
UPDATE placement SET publication_month = CAST(EXTRACT(YEAR FROM publication_date) AS INTEGER) * 100
    + CAST(EXTRACT(MONTH FROM publication_date) AS INTEGER);
ALTER TABLE placement ALTER COLUMN publication_month SET NOT NULL;
CREATE INDEX placement_site_month ON placement (office_id, state, publication_month, published_at DESC, id DESC);
