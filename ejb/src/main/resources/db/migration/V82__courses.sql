-- An office's courses: trainings listed on its site, a content type of their own beside stories,
-- through the draft -> review -> publish workflow.
--   topics      the topic names, one a line
--   topic_keys  the topics' slugs, each between bars (|migration-governance|), for the site's topic filter
--   format      ONLINE, IN_PERSON, BLENDED
--   starts_on, ends_on  both null for a self-paced course
--   state       DRAFT, IN_REVIEW, PUBLISHED
CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE course (
    id           BIGINT        PRIMARY KEY,
    office_id    VARCHAR(40)   NOT NULL REFERENCES office (slug),
    title        VARCHAR(300)  NOT NULL,
    provider     VARCHAR(200)  NOT NULL,
    summary      VARCHAR(4000) NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    topics       VARCHAR(2000) NOT NULL,
    topic_keys   VARCHAR(2000) NOT NULL,
    format       VARCHAR(20)   NOT NULL,
    link         VARCHAR(2000),
    starts_on    DATE,
    ends_on      DATE,
    certificate  BOOLEAN       NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    version      INTEGER       NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX course_of_office ON course (office_id, state, ends_on, id);
