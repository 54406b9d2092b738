-- Each site's count of live stories per topic and per month, kept by every placement change in the
-- same transaction: the topics index and the archive index read these rows instead of counting.
CREATE TABLE site_count (
    office_id VARCHAR(40)  NOT NULL REFERENCES office (slug),
    count_key VARCHAR(120) NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    slug      VARCHAR(100) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    stories   BIGINT       NOT NULL,
    PRIMARY KEY (office_id, count_key)
);
CREATE INDEX site_count_kind ON site_count (office_id, kind, name);

-- The counts of what is live now.
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories)
SELECT office_id, 'topic:' || topic_slug, 'topic', topic_slug, MAX(topic_name), COUNT(*)
FROM placement_topic GROUP BY office_id, topic_slug;
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories)
SELECT office_id, 'month:' || CAST(publication_month AS VARCHAR(6)), 'month', CAST(publication_month AS VARCHAR(6)),
       CAST(publication_month AS VARCHAR(6)), COUNT(*)
FROM placement WHERE state = 'LIVE' GROUP BY office_id, publication_month;
