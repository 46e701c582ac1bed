-- A ticket lists the audit events of the operations done for it; find them without a scan.
CREATE INDEX audit_events_by_ticket ON audit_events(ticket_id);
