-- The record as the agent saw it when they queued a change (the cached resource: id, type, version,
-- attributes), so a 412 can show what they saw beside what the service has now. Null for changes
-- that cannot conflict (create-only writes) and for changes queued before this column existed.
-- Re-applying on the current version makes that version the one the change is based on.
ALTER TABLE outbox ADD COLUMN seen_resource VARCHAR;
