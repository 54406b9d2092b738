-- One row per office site: bumped in the transaction that changes anything the site shows, so
-- every node can tell within a second that its cached pages of that site are stale.
CREATE TABLE site_version (
    office_id  VARCHAR(40) PRIMARY KEY REFERENCES office (slug),
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMP   NOT NULL
);
INSERT INTO site_version (office_id, version, changed_at) SELECT slug, 1, CURRENT_TIMESTAMP FROM office;
