-- The studio's desk and stories list read an office's stories by these indexes (the list by last
-- change, and by state, is served by story_office_updated and story_office_state of V1).
-- A person's own drafts and the changes asked of them; the list filtered by author.
CREATE INDEX story_office_author ON story (office_id, created_by, state, updated_at DESC, id DESC);
-- Take-downs to come, soonest first.
CREATE INDEX story_office_unpublish ON story (office_id, unpublish_at);
-- Recently published, newest first.
CREATE INDEX story_office_first_published ON story (office_id, first_published_at DESC, id DESC);
-- Scheduled publications, soonest first.
CREATE INDEX story_office_scheduled ON story (office_id, state, scheduled_for);
-- The list filtered by topic: from the topic to the revisions filed under it.
CREATE INDEX revision_topic_topic ON revision_topic (topic_id, revision_id);
