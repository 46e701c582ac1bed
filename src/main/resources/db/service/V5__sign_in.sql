-- LOG-1..LOG-3: induction tutors sign in with an emailed link. Portable SQL (H2 2.x, PostgreSQL 15).
-- Only the SHA-256 hex hash of a link's token is kept, as for API tokens: the store (and anyone
-- reading it) cannot sign in as a tutor. A link is for the address it was sent to; it stops working
-- when it is used, when it expires, or when the tutor's email is no longer that address.
-- No foreign key to induction_tutors: a dataset load empties that table and must not trip on links.
CREATE TABLE sign_in_links (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    tutor_id     VARCHAR(64)  NOT NULL,
    email_lower  VARCHAR(320) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sign_in_links_by_tutor ON sign_in_links(tutor_id);

-- LOG-3: when the tutor accepted the privacy policy (service clock); null until their first sign-in.
ALTER TABLE induction_tutors ADD COLUMN privacy_policy_accepted_at TIMESTAMP WITH TIME ZONE;
