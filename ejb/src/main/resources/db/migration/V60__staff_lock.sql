-- One row per office, locked by a transaction that changes the office's staff (in Keycloak) until
-- it ends: staff changes of one office happen one at a time on every node, so that the check
-- "never the office's last admin" cannot be raced.
CREATE TABLE staff_lock (
    office_id VARCHAR(40) PRIMARY KEY REFERENCES office (slug),
    changes   BIGINT      NOT NULL
);
INSERT INTO staff_lock (office_id, changes) SELECT slug, 0 FROM office;
