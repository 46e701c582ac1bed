-- Rendering a page of participants asks for "owner_type = 'participant' AND owner_id IN (...)". With
-- (owner_type, owner_id) H2 used only owner_type and read every participant's address for each page:
-- 3-5 s a page on the large demo, most of a first sync's time. owner_id first lets it look each one up.
DROP INDEX email_addresses_by_owner;
CREATE INDEX email_addresses_by_owner ON email_addresses(owner_id, owner_type);
