-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE office (
    slug         VARCHAR(40)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    languages    VARCHAR(100) NOT NULL,
    time_zone    VARCHAR(60)  NOT NULL,
    date_pattern VARCHAR(60)  NOT NULL,
    host_names   VARCHAR(500) NOT NULL DEFAULT '',
    version      INTEGER      NOT NULL DEFAULT 0
);

CREATE SEQUENCE story_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE topic_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE placement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE story (
    id                  BIGINT       PRIMARY KEY,
    office_id           VARCHAR(40)  NOT NULL REFERENCES office (slug),
    version             INTEGER      NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    revision_count      INTEGER      NOT NULL,
    working_revision_id BIGINT,
    live_revision_id    BIGINT,
    scheduled_for       TIMESTAMP,
    first_published_at  TIMESTAMP,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    import_key          VARCHAR(200)
);
CREATE INDEX story_office_updated ON story (office_id, updated_at DESC, id DESC);
CREATE INDEX story_office_state ON story (office_id, state, updated_at DESC);
CREATE UNIQUE INDEX story_office_import_key ON story (office_id, import_key);

CREATE TABLE revision (
    id               BIGINT       PRIMARY KEY,
    office_id        VARCHAR(40)  NOT NULL REFERENCES office (slug),
    story_id         BIGINT       NOT NULL REFERENCES story (id),
    number           INTEGER      NOT NULL,
    title            VARCHAR(300) NOT NULL,
    dateline         VARCHAR(120),
    publication_date DATE,
    lead             VARCHAR,
    body             VARCHAR      NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    author           VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    note             VARCHAR(500),
    CONSTRAINT revision_story_number UNIQUE (story_id, number)
);

CREATE TABLE topic (
    id        BIGINT       PRIMARY KEY,
    office_id VARCHAR(40)  NOT NULL REFERENCES office (slug),
    slug      VARCHAR(100) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT topic_office_slug UNIQUE (office_id, slug)
);

CREATE TABLE revision_topic (
    revision_id BIGINT NOT NULL REFERENCES revision (id),
    topic_id    BIGINT NOT NULL REFERENCES topic (id),
    PRIMARY KEY (revision_id, topic_id)
);

CREATE TABLE placement (
    id               BIGINT       PRIMARY KEY,
    office_id        VARCHAR(40)  NOT NULL REFERENCES office (slug),
    version          INTEGER      NOT NULL,
    origin_office_id VARCHAR(40)  NOT NULL REFERENCES office (slug),
    story_id         BIGINT       NOT NULL,
    revision_id      BIGINT       NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    slug             VARCHAR(100) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    dateline         VARCHAR(120),
    publication_date DATE         NOT NULL,
    published_at     TIMESTAMP    NOT NULL,
    lead             VARCHAR,
    body             VARCHAR      NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    topics           VARCHAR(2000) NOT NULL,
    updated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT placement_site_story UNIQUE (office_id, origin_office_id, story_id)
);
-- The reader home page: the newest live placements of one site, in one index range scan.
CREATE INDEX placement_site_latest ON placement (office_id, state, published_at DESC, id DESC);

CREATE TABLE audit_event (
    id              BIGINT        PRIMARY KEY,
    office_id       VARCHAR(40)   NOT NULL REFERENCES office (slug),
    story_id        BIGINT,
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    from_state      VARCHAR(20),
    to_state        VARCHAR(20),
    revision_number INTEGER,
    comment         VARCHAR(2000)
);
CREATE INDEX audit_event_story ON audit_event (office_id, story_id, id);

CREATE TABLE listing_import (
    office_id   VARCHAR(40)  NOT NULL REFERENCES office (slug),
    listing_key VARCHAR(200) NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMP    NOT NULL,
    story_count INTEGER      NOT NULL,
    PRIMARY KEY (office_id, listing_key)
);
