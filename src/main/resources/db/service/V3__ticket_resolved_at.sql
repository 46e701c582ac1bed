-- When a ticket was resolved, by the service's clock: the Overview counts resolutions per day from it.
ALTER TABLE tickets ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

-- Tickets resolved before this version: the time of the audit event that set their resolution.
-- Ones with no such event (loaded already resolved) stay unknown.
UPDATE tickets SET resolved_at = (
    SELECT MAX(a.occurred_at) FROM audit_events a
    WHERE a.target_type = 'ticket' AND a.target_id = tickets.id AND a.changes LIKE '%"field":"resolution"%')
WHERE status = 'resolved';

CREATE INDEX tickets_by_resolved_at ON tickets(resolved_at);
