-- Each node keeps its own search index on local disk and catches up from here. A placement
-- records the site version its last change was made in (the change bumps site_version in the same
-- transaction, and the bump's row lock puts every change of a site in version order), so a node
-- re-indexes exactly the placements changed after the version its index has reached.
ALTER TABLE placement ADD COLUMN changed_in BIGINT NOT NULL DEFAULT 0;
CREATE INDEX placement_changed_in ON placement (office_id, changed_in, id);

-- When this database was created: an index built from another database (say, a data folder
-- wiped and created anew) is rebuilt rather than trusted.
CREATE TABLE search_epoch (
    id         INTEGER   PRIMARY KEY,
    started_at TIMESTAMP NOT NULL
);
INSERT INTO search_epoch (id, started_at) VALUES (1, CURRENT_TIMESTAMP);
