-- The desktop client's local cache: resources as the change feed delivered them (raw JSON + version),
-- with the few columns the tables show and sort by. Searching goes through search_terms, never a scan.

CREATE TABLE schools (
    urn              VARCHAR(16)  PRIMARY KEY,
    name             VARCHAR(300) NOT NULL,
    sort_name        VARCHAR(300) NOT NULL,   -- lower-case name: the indexed sort column
    local_authority  VARCHAR(200),
    postcode         VARCHAR(16),
    induction_tutor  VARCHAR(300),
    version          BIGINT       NOT NULL,
    json             VARCHAR      NOT NULL
);
CREATE INDEX schools_by_name ON schools(sort_name, urn);

CREATE TABLE participants (
    id           VARCHAR(64)  PRIMARY KEY,
    full_name    VARCHAR(300) NOT NULL,
    sort_name    VARCHAR(300) NOT NULL,
    type         VARCHAR(16),
    trn          VARCHAR(16),
    school_urn   VARCHAR(16),
    school_name  VARCHAR(300),
    cohort       INTEGER,
    status       VARCHAR(24),
    version      BIGINT       NOT NULL,
    json         VARCHAR      NOT NULL
);
CREATE INDEX participants_by_name ON participants(sort_name, id);
CREATE INDEX participants_by_school ON participants(school_urn);

CREATE TABLE partnerships (
    id                   VARCHAR(64)  PRIMARY KEY,
    school_urn           VARCHAR(16),
    school_name          VARCHAR(300),
    sort_name            VARCHAR(300) NOT NULL,   -- lower-case school name
    cohort               INTEGER,
    lead_provider        VARCHAR(300),
    delivery_partner     VARCHAR(300),
    status               VARCHAR(16),
    challenge_deadline   DATE,
    version              BIGINT       NOT NULL,
    json                 VARCHAR      NOT NULL
);
CREATE INDEX partnerships_by_name ON partnerships(sort_name, cohort DESC, id);
CREATE INDEX partnerships_by_school ON partnerships(school_urn);

-- cohort, lead_provider, delivery_partner, provider_pairing, appropriate_body
CREATE TABLE reference_data (
    type     VARCHAR(24)  NOT NULL,
    id       VARCHAR(128) NOT NULL,
    version  BIGINT       NOT NULL,
    json     VARCHAR      NOT NULL,
    PRIMARY KEY (type, id)
);

CREATE TABLE emails (
    id              VARCHAR(64) PRIMARY KEY,
    school_urn      VARCHAR(16),
    participant_id  VARCHAR(64),
    sent_at         VARCHAR(40),
    version         BIGINT      NOT NULL,
    json            VARCHAR     NOT NULL
);
CREATE INDEX emails_by_school ON emails(school_urn, sent_at);
CREATE INDEX emails_by_participant ON emails(participant_id, sent_at);

CREATE TABLE notes (
    id          VARCHAR(64)  PRIMARY KEY,
    target      VARCHAR(100),
    created_at  VARCHAR(40),
    version     BIGINT       NOT NULL,
    json        VARCHAR      NOT NULL
);
CREATE INDEX notes_by_target ON notes(target, created_at);

CREATE TABLE tickets (
    id           VARCHAR(64) PRIMARY KEY,
    status       VARCHAR(24),
    received_at  VARCHAR(40),
    version      BIGINT      NOT NULL,
    json         VARCHAR     NOT NULL
);
CREATE INDEX tickets_by_status ON tickets(status, received_at);

-- Normalised search terms: each word of a name, full lower-case emails, TRN, URN, postcode
-- without spaces, ids. Looked up by prefix on (kind, term); removed by (kind, entity_id).
CREATE TABLE search_terms (
    kind       VARCHAR(16)  NOT NULL,   -- school | participant | partnership
    entity_id  VARCHAR(64)  NOT NULL,
    term       VARCHAR(320) NOT NULL,
    PRIMARY KEY (kind, entity_id, term)
);
CREATE INDEX search_terms_by_term ON search_terms(kind, term, entity_id);

-- One row: the change-feed cursor, written in the same transaction as the changes it covers.
CREATE TABLE sync_state (
    id                    INTEGER   PRIMARY KEY,
    last_seq              BIGINT    NOT NULL,
    last_successful_sync  TIMESTAMP WITH TIME ZONE
);
INSERT INTO sync_state (id, last_seq, last_successful_sync) VALUES (1, 0, NULL);
