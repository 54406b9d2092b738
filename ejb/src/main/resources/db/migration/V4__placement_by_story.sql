-- A story page finds its placement by story id within the site: without this index that was a
-- scan of the site's placements (11 s at a million stories).
CREATE INDEX placement_by_story ON placement (office_id, story_id);
