-- Staff changes (invitations, roles granted and revoked, refused attempts) are audited in the
-- office's trail like story changes; they name the person whose roles changed instead of a story.
ALTER TABLE audit_event ADD COLUMN staff_member VARCHAR(200);
CREATE INDEX audit_event_staff ON audit_event (office_id, staff_member, id);
