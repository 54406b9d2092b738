-- Images an office uploads (hero images of its stories) and their renditions, in the database so
-- that every node serves the same bytes. A rendition's bytes are read only to serve it.
CREATE SEQUENCE image_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rendition_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE image (
    id            BIGINT        PRIMARY KEY,
    office_id     VARCHAR(40)   NOT NULL REFERENCES office (slug),
    original_type VARCHAR(40)   NOT NULL,
    width         INTEGER       NOT NULL,
    height        INTEGER       NOT NULL,
    alt           VARCHAR(500)  NOT NULL,
    credit        VARCHAR(200),
    renditions    VARCHAR(1000) NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL
);

CREATE TABLE rendition (
    id         BIGINT      PRIMARY KEY,
    office_id  VARCHAR(40) NOT NULL REFERENCES office (slug),
    image_id   BIGINT      NOT NULL REFERENCES image (id),
    width      INTEGER     NOT NULL,
    height     INTEGER     NOT NULL,
    media_type VARCHAR(40) NOT NULL,
    digest     VARCHAR(64) NOT NULL,
    bytes      BYTEA       NOT NULL,
    CONSTRAINT rendition_image_width UNIQUE (image_id, width)
);

-- A revision's hero image (an image of the same office).
ALTER TABLE revision ADD COLUMN hero_image_id BIGINT REFERENCES image (id);

-- A story's translation: the other story of its pair, in the same office (both sides point at each other).
ALTER TABLE story ADD COLUMN translation_id BIGINT REFERENCES story (id);

-- What the story page needs of the hero image and of the live translation, copied at publication.
ALTER TABLE placement ADD COLUMN hero_image_id BIGINT;
ALTER TABLE placement ADD COLUMN hero_alt VARCHAR(500);
ALTER TABLE placement ADD COLUMN hero_credit VARCHAR(200);
ALTER TABLE placement ADD COLUMN hero_renditions VARCHAR(1000);
ALTER TABLE placement ADD COLUMN translation_story_id BIGINT;
ALTER TABLE placement ADD COLUMN translation_slug VARCHAR(100);
ALTER TABLE placement ADD COLUMN translation_language VARCHAR(8);
