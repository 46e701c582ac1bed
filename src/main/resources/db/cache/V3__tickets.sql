-- The Tickets tab's queues: the columns they filter and sort by, and the schools and participants
-- each ticket is linked to. Lists are sorted by received_at, oldest first.
ALTER TABLE tickets ADD COLUMN category VARCHAR(32);
ALTER TABLE tickets ADD COLUMN priority VARCHAR(16);
ALTER TABLE tickets ADD COLUMN assignee VARCHAR(200);
-- The service's resolved_at when it sends one; otherwise when this cache saw the ticket become
-- resolved (null for tickets that arrived already resolved: the overview cannot place them).
ALTER TABLE tickets ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX tickets_by_assignee ON tickets(assignee, status, received_at);
CREATE INDEX tickets_by_category ON tickets(category, status, received_at);
CREATE INDEX tickets_by_age ON tickets(received_at, id);
CREATE INDEX tickets_by_resolved ON tickets(resolved_at);

CREATE TABLE ticket_links (
    ticket_id  VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,   -- school | participant
    target_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (ticket_id, kind, target_id)
);
CREATE INDEX ticket_links_by_target ON ticket_links(kind, target_id, ticket_id);

-- Tickets cached before this version lack the new columns: read the feed again from the start
-- (rows are merged, nothing is lost) so the queues see every ticket.
UPDATE sync_state SET last_seq = 0 WHERE EXISTS (SELECT 1 FROM tickets);
