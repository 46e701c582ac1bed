-- The Support API's store. Portable SQL: runs on H2 2.x and on PostgreSQL 15.
-- Instants are TIMESTAMP WITH TIME ZONE, written in UTC. Free text is VARCHAR with no length.

CREATE TABLE agents (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(16)  NOT NULL
);

-- Tokens are kept only as SHA-256 hex hashes.
CREATE TABLE api_tokens (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    agent_id    VARCHAR(64)  NOT NULL REFERENCES agents(id),
    expires_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE service_settings (
    setting_key   VARCHAR(64) PRIMARY KEY,
    setting_value VARCHAR(2000)
);

CREATE TABLE cohorts (
    year                  INTEGER PRIMARY KEY,
    registration_opens    DATE    NOT NULL,
    academic_year_starts  DATE    NOT NULL,
    version               BIGINT  NOT NULL
);

CREATE TABLE lead_providers (
    id       VARCHAR(64)  PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    version  BIGINT       NOT NULL
);

CREATE TABLE delivery_partners (
    id       VARCHAR(64)  PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    version  BIGINT       NOT NULL
);

CREATE TABLE provider_pairings (
    cohort               INTEGER     NOT NULL REFERENCES cohorts(year),
    lead_provider_id     VARCHAR(64) NOT NULL REFERENCES lead_providers(id),
    delivery_partner_id  VARCHAR(64) NOT NULL REFERENCES delivery_partners(id),
    version              BIGINT      NOT NULL,
    PRIMARY KEY (cohort, lead_provider_id, delivery_partner_id)
);

CREATE TABLE appropriate_bodies (
    id                  VARCHAR(64)  PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    body_type           VARCHAR(32)  NOT NULL,
    disabled_from_year  INTEGER,
    version             BIGINT       NOT NULL
);

-- The TRA's records as the local registry holds them (teacher-records.md).
CREATE TABLE teacher_records (
    trn                        VARCHAR(7)   PRIMARY KEY,
    name                       VARCHAR(200) NOT NULL,
    date_of_birth              DATE         NOT NULL,
    ni_number                  VARCHAR(16),
    state                      VARCHAR(32)  NOT NULL,
    active_alert               BOOLEAN      NOT NULL,
    qts_date                   DATE,
    induction_start_date       DATE,
    induction_completion_date  DATE,
    induction_status           VARCHAR(32)
);
CREATE INDEX teacher_records_by_nino ON teacher_records(ni_number, date_of_birth);

CREATE TABLE previous_participation (
    trn VARCHAR(7) PRIMARY KEY
);

CREATE TABLE schools (
    urn                           VARCHAR(6)   PRIMARY KEY,
    name                          VARCHAR(300) NOT NULL,
    search_name                   VARCHAR(300) NOT NULL,   -- lower-case name, for prefix search
    ukprn                         VARCHAR(16),
    local_authority_code          VARCHAR(8),
    local_authority_name          VARCHAR(200),
    establishment_type_code       INTEGER      NOT NULL,
    establishment_type_name       VARCHAR(200),
    status_code                   INTEGER      NOT NULL,
    status_name                   VARCHAR(100),
    phase                         VARCHAR(100),
    address_line1                 VARCHAR(300),
    address_line2                 VARCHAR(300),
    address_line3                 VARCHAR(300),
    postcode                      VARCHAR(16),
    search_postcode               VARCHAR(16),             -- upper-case, no spaces
    administrative_district_code  VARCHAR(16),
    section_41_approved           BOOLEAN      NOT NULL,
    gias_email                    VARCHAR(320),
    version                       BIGINT       NOT NULL
);
CREATE INDEX schools_by_name ON schools(search_name);
CREATE INDEX schools_by_postcode ON schools(search_postcode);
CREATE INDEX schools_by_la ON schools(local_authority_code);

CREATE TABLE induction_tutors (
    id         VARCHAR(64)  PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL,
    email      VARCHAR(320) NOT NULL
);

CREATE TABLE school_induction_tutors (
    school_urn  VARCHAR(6)  PRIMARY KEY REFERENCES schools(urn),
    tutor_id    VARCHAR(64) NOT NULL REFERENCES induction_tutors(id)
);

CREATE TABLE school_cohorts (
    school_urn           VARCHAR(6)  NOT NULL REFERENCES schools(urn),
    cohort               INTEGER     NOT NULL REFERENCES cohorts(year),
    programme_choice     VARCHAR(40),
    submitted_at         TIMESTAMP WITH TIME ZONE,
    appropriate_body_id  VARCHAR(64) REFERENCES appropriate_bodies(id),
    PRIMARY KEY (school_urn, cohort)
);

CREATE TABLE partnerships (
    id                   VARCHAR(64) PRIMARY KEY,
    school_urn           VARCHAR(6)  NOT NULL REFERENCES schools(urn),
    cohort               INTEGER     NOT NULL REFERENCES cohorts(year),
    lead_provider_id     VARCHAR(64) NOT NULL REFERENCES lead_providers(id),
    delivery_partner_id  VARCHAR(64) NOT NULL REFERENCES delivery_partners(id),
    reported_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    challenge_deadline   DATE,                 -- null: no school challenge window (OVR-PARTNERSHIP replace)
    status               VARCHAR(16) NOT NULL, -- active | challenged
    challenge_reason     VARCHAR(32),
    challenged_at        TIMESTAMP WITH TIME ZONE,
    version              BIGINT      NOT NULL
);
CREATE INDEX partnerships_by_school ON partnerships(school_urn, cohort);
CREATE INDEX partnerships_by_lp ON partnerships(lead_provider_id);

CREATE TABLE participants (
    id                    VARCHAR(64)  PRIMARY KEY,
    participant_type      VARCHAR(8)   NOT NULL,  -- ect | mentor
    full_name             VARCHAR(200) NOT NULL,
    search_name           VARCHAR(200) NOT NULL,  -- lower-case
    trn                   VARCHAR(7),
    date_of_birth         DATE,
    school_urn            VARCHAR(6)   REFERENCES schools(urn),  -- current induction record's school
    cohort                INTEGER      REFERENCES cohorts(year),
    status                VARCHAR(16)  NOT NULL,  -- current induction record's induction_status
    induction_start_date  DATE,
    qts_date              DATE,
    validation_status     VARCHAR(16)  NOT NULL,
    validation_checked_at TIMESTAMP WITH TIME ZONE,
    eligibility_status    VARCHAR(16)  NOT NULL,
    eligibility_reason    VARCHAR(32)  NOT NULL,
    eligibility_manual    BOOLEAN      NOT NULL,
    merged_into           VARCHAR(64),            -- OVR-MERGE: the retired id points at the kept one
    version               BIGINT       NOT NULL
);
CREATE INDEX participants_by_name ON participants(search_name);
CREATE INDEX participants_by_trn ON participants(trn);
CREATE INDEX participants_by_school ON participants(school_urn);
CREATE INDEX participants_by_merged_into ON participants(merged_into);  -- retired_ids, rendered in batches

-- Every email address of every person; the primary key is SIT-4's uniqueness rule.
CREATE TABLE email_addresses (
    email_lower  VARCHAR(320) PRIMARY KEY,
    email        VARCHAR(320) NOT NULL,
    owner_type   VARCHAR(16)  NOT NULL,  -- induction_tutor | participant
    owner_id     VARCHAR(64)  NOT NULL,
    is_primary   BOOLEAN      NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX email_addresses_by_owner ON email_addresses(owner_type, owner_id);

CREATE TABLE induction_records (
    id                   VARCHAR(64) PRIMARY KEY,
    participant_id       VARCHAR(64) NOT NULL REFERENCES participants(id),
    school_urn           VARCHAR(6)  NOT NULL REFERENCES schools(urn),
    cohort               INTEGER     NOT NULL REFERENCES cohorts(year),
    programme            VARCHAR(40),
    lead_provider_id     VARCHAR(64) REFERENCES lead_providers(id),
    delivery_partner_id  VARCHAR(64) REFERENCES delivery_partners(id),
    appropriate_body_id  VARCHAR(64) REFERENCES appropriate_bodies(id),
    mentor_id            VARCHAR(64) REFERENCES participants(id),
    induction_status     VARCHAR(16) NOT NULL,
    training_status      VARCHAR(16) NOT NULL,
    start_date           DATE        NOT NULL,
    end_date             DATE,
    training_declared    BOOLEAN     NOT NULL
);
CREATE INDEX induction_records_by_participant ON induction_records(participant_id);
CREATE INDEX induction_records_by_mentor ON induction_records(mentor_id);
CREATE INDEX induction_records_by_school ON induction_records(school_urn, cohort);

CREATE TABLE mentor_pools (
    mentor_id   VARCHAR(64) NOT NULL REFERENCES participants(id),
    school_urn  VARCHAR(6)  NOT NULL REFERENCES schools(urn),
    joined_on   DATE        NOT NULL,
    left_on     DATE,
    PRIMARY KEY (mentor_id, school_urn)
);
CREATE INDEX mentor_pools_by_school ON mentor_pools(school_urn);

CREATE TABLE audit_events (
    id           VARCHAR(64)  PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_name   VARCHAR(200) NOT NULL,
    actor_kind   VARCHAR(16)  NOT NULL,   -- agent | school | system
    operation    VARCHAR(64)  NOT NULL,   -- rule or operation ID, e.g. OVR-PROG
    target_type  VARCHAR(16)  NOT NULL,
    target_id    VARCHAR(64)  NOT NULL,
    changes      VARCHAR      NOT NULL,   -- JSON: [{field, before, after}]
    reason       VARCHAR(2000),
    ticket_id    VARCHAR(64)
);
CREATE INDEX audit_events_by_target ON audit_events(target_type, target_id, occurred_at);

CREATE TABLE emails (
    id              VARCHAR(64)  PRIMARY KEY,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    to_address      VARCHAR(320) NOT NULL,
    template        VARCHAR(64)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    school_urn      VARCHAR(6),
    participant_id  VARCHAR(64),
    facts           VARCHAR      NOT NULL,   -- JSON object of strings
    version         BIGINT       NOT NULL
);
CREATE INDEX emails_by_school ON emails(school_urn);
CREATE INDEX emails_by_participant ON emails(participant_id);
CREATE INDEX emails_by_recipient ON emails(to_address);

CREATE TABLE notes (
    id          VARCHAR(64)  PRIMARY KEY,
    target      VARCHAR(80)  NOT NULL,
    body        VARCHAR(5000) NOT NULL,
    author      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX notes_by_target ON notes(target);

CREATE TABLE tickets (
    id             VARCHAR(64)  PRIMARY KEY,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    from_email     VARCHAR(320) NOT NULL,
    subject        VARCHAR(500) NOT NULL,
    body           VARCHAR      NOT NULL,
    school_urn     VARCHAR(6),
    status         VARCHAR(24)  NOT NULL,
    category       VARCHAR(32),
    priority       VARCHAR(16)  NOT NULL,
    linked         VARCHAR      NOT NULL,  -- JSON {schools: [...], participants: [...]}
    assignee       VARCHAR(200),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    resolution     VARCHAR,
    source_ref     VARCHAR(500),           -- e.g. Message-ID of an imported .eml, to skip re-imports
    version        BIGINT       NOT NULL
);
CREATE INDEX tickets_by_status ON tickets(status);

CREATE TABLE idempotency_keys (
    agent_id       VARCHAR(64)  NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    request_hash   VARCHAR(64)  NOT NULL,
    state          VARCHAR(16)  NOT NULL,  -- in_progress | done
    status_code    INTEGER,
    response_body  VARCHAR,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agent_id, idem_key)
);

-- The change feed: one row per resource (eager compaction). A change moves the row to a new seq.
CREATE TABLE change_log (
    seq            BIGINT      PRIMARY KEY,
    resource_type  VARCHAR(24) NOT NULL,
    resource_id    VARCHAR(64) NOT NULL,
    op             VARCHAR(8)  NOT NULL,   -- upsert | delete
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT change_log_one_row_per_resource UNIQUE (resource_type, resource_id)
);

-- The single feed head row. Every write transaction updates it first, which serialises writers
-- so that seq order is commit order.
CREATE TABLE feed_head (
    id              INTEGER PRIMARY KEY,
    last_seq        BIGINT  NOT NULL,
    purged_through  BIGINT  NOT NULL     -- cursors below this get 410 cursor_expired
);
INSERT INTO feed_head (id, last_seq, purged_through) VALUES (1, 0, 0);
