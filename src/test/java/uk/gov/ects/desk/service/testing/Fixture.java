package uk.gov.ects.desk.service.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import uk.gov.ects.desk.service.auth.Agent;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.store.Database;

/**
 * Inserts store rows directly (the dataset loader is written elsewhere), recording each resource
 * in the change log as a write would.
 */
public final class Fixture {

    private final Database db;
    private Instant now = Instant.parse("2026-10-01T09:00:00Z");

    public Fixture(Database db) {
        this.db = db;
    }

    public Fixture at(Instant instant) {
        this.now = instant;
        return this;
    }

    public Fixture fixClock(Instant instant) {
        run(c -> ServiceClock.fix(c, instant));
        return this;
    }

    public String token(Role role) {
        return token(role, null);
    }

    public String token(Role role, Instant expiresAt) {
        String token = "tok-" + UUID.randomUUID();
        Agent agent = new Agent("agent-" + UUID.randomUUID(), "Sam " + role.code(), role);
        run(c -> {
            AgentDirectory.insertAgent(c, agent);
            AgentDirectory.insertToken(c, agent.id(), token, expiresAt);
        });
        return token;
    }

    public Fixture cohort(int year) {
        insert("cohort", String.valueOf(year), "INSERT INTO cohorts (year, registration_opens, academic_year_starts, version) "
                + "VALUES (?, ?, ?, 1)", year, LocalDate.of(year, 4, 1), LocalDate.of(year, 9, 1));
        return this;
    }

    public Fixture leadProvider(String id, String name) {
        insert("lead_provider", id, "INSERT INTO lead_providers (id, name, version) VALUES (?, ?, 1)", id, name);
        return this;
    }

    public Fixture deliveryPartner(String id, String name) {
        insert("delivery_partner", id, "INSERT INTO delivery_partners (id, name, version) VALUES (?, ?, 1)", id, name);
        return this;
    }

    public Fixture pairing(int cohort, String lp, String dp) {
        insert("provider_pairing", cohort + ":" + lp + ":" + dp, "INSERT INTO provider_pairings "
                + "(cohort, lead_provider_id, delivery_partner_id, version) VALUES (?, ?, ?, 1)", cohort, lp, dp);
        return this;
    }

    public Fixture appropriateBody(String id, String name, String type, Integer disabledFromYear) {
        insert("appropriate_body", id, "INSERT INTO appropriate_bodies (id, name, body_type, disabled_from_year, version) "
                + "VALUES (?, ?, ?, ?, 1)", id, name, type, disabledFromYear);
        return this;
    }

    /** An open school in England of the given GIAS type. */
    public Fixture school(String urn, String name, int typeCode, String la, String postcode, String giasEmail) {
        insert("school", urn, "INSERT INTO schools (urn, name, search_name, ukprn, local_authority_code, "
                + "local_authority_name, establishment_type_code, establishment_type_name, status_code, status_name, phase, "
                + "address_line1, postcode, search_postcode, administrative_district_code, section_41_approved, gias_email, "
                + "version) VALUES (?, ?, ?, NULL, ?, ?, ?, NULL, 1, NULL, 'Primary', '1 High Street', ?, ?, 'E09000001', "
                + "FALSE, ?, 1)", urn, name, name.toLowerCase(Locale.ROOT), la, "LA " + la, typeCode, postcode,
                postcode.replace(" ", "").toUpperCase(Locale.ROOT), giasEmail);
        return this;
    }

    public Fixture inductionTutor(String urn, String fullName, String email) {
        String id = "sit-" + urn;
        run(c -> {
            exec(c, "INSERT INTO induction_tutors (id, full_name, email) VALUES (?, ?, ?)", id, fullName, email);
            exec(c, "INSERT INTO school_induction_tutors (school_urn, tutor_id) VALUES (?, ?)", urn, id);
            exec(c, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                    + "VALUES (?, ?, 'induction_tutor', ?, TRUE, ?)", email.toLowerCase(Locale.ROOT), email, id, Rows.param(now));
            ChangeLog.upsert(c, "school", urn, now);
        });
        return this;
    }

    public Fixture schoolCohort(String urn, int year, String programme, String abId) {
        run(c -> {
            exec(c, "INSERT INTO school_cohorts (school_urn, cohort, programme_choice, submitted_at, appropriate_body_id) "
                    + "VALUES (?, ?, ?, ?, ?)", urn, year, programme, Rows.param(now), abId);
            ChangeLog.upsert(c, "school", urn, now);
        });
        return this;
    }

    public Fixture partnership(String id, String urn, int cohort, String lp, String dp, String status, Instant reportedAt) {
        insert("partnership", id, "INSERT INTO partnerships (id, school_urn, cohort, lead_provider_id, delivery_partner_id, "
                + "reported_at, challenge_deadline, status, challenge_reason, challenged_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", id, urn, cohort, lp, dp, Rows.param(reportedAt),
                LocalDate.of(cohort, 12, 1), status, "challenged".equals(status) ? "mistake" : null,
                "challenged".equals(status) ? Rows.param(reportedAt.plusSeconds(86_400)) : null);
        return this;
    }

    public Fixture participant(String id, String type, String fullName, String trn, LocalDate dateOfBirth, String urn,
            int cohort, String email) {
        insert("participant", id, "INSERT INTO participants (id, participant_type, full_name, search_name, trn, date_of_birth, "
                + "school_urn, cohort, status, induction_start_date, qts_date, validation_status, validation_checked_at, "
                + "eligibility_status, eligibility_reason, eligibility_manual, merged_into, version) VALUES (?, ?, ?, ?, ?, ?, "
                + "?, ?, 'active', ?, ?, 'validated', ?, 'eligible', 'none', FALSE, NULL, 1)", id, type, fullName,
                fullName.toLowerCase(Locale.ROOT), trn, dateOfBirth, urn, cohort, LocalDate.of(cohort, 9, 1),
                LocalDate.of(cohort, 7, 1), Rows.param(now));
        if (email != null) {
            run(c -> exec(c, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                    + "VALUES (?, ?, 'participant', ?, TRUE, ?)", email.toLowerCase(Locale.ROOT), email, id, Rows.param(now)));
        }
        return this;
    }

    public Fixture secondaryEmail(String participantId, String email) {
        run(c -> exec(c, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                + "VALUES (?, ?, 'participant', ?, FALSE, ?)", email.toLowerCase(Locale.ROOT), email, participantId,
                Rows.param(now.plusSeconds(60))));
        return this;
    }

    public Fixture inductionRecord(String id, String participantId, String urn, int cohort, String lp, String dp,
            String abId, String mentorId, LocalDate start, LocalDate end) {
        run(c -> {
            exec(c, "INSERT INTO induction_records (id, participant_id, school_urn, cohort, programme, lead_provider_id, "
                    + "delivery_partner_id, appropriate_body_id, mentor_id, induction_status, training_status, start_date, "
                    + "end_date, training_declared) VALUES (?, ?, ?, ?, 'full_induction_programme', ?, ?, ?, ?, ?, 'active', "
                    + "?, ?, FALSE)", id, participantId, urn, cohort, lp, dp, abId, mentorId,
                    end == null ? "active" : "left", start, end);
            ChangeLog.upsert(c, "participant", participantId, now);
        });
        return this;
    }

    public Fixture mentorPool(String mentorId, String urn) {
        run(c -> {
            exec(c, "INSERT INTO mentor_pools (mentor_id, school_urn, joined_on, left_on) VALUES (?, ?, ?, NULL)",
                    mentorId, urn, LocalDate.of(2026, 9, 1));
            ChangeLog.upsert(c, "participant", mentorId, now);
            ChangeLog.upsert(c, "school", urn, now);
        });
        return this;
    }

    /** OVR-MERGE as the store keeps it: the retired participant points at the kept one. */
    public Fixture merge(String retiredId, String keptId) {
        run(c -> {
            exec(c, "UPDATE participants SET merged_into = ?, version = version + 1 WHERE id = ?", keptId, retiredId);
            ChangeLog.delete(c, "participant", retiredId, now);
            ChangeLog.upsert(c, "participant", keptId, now);
        });
        return this;
    }

    public Fixture audit(String id, Instant at, String targetType, String targetId, String operation) {
        run(c -> exec(c, "INSERT INTO audit_events (id, occurred_at, actor_name, actor_kind, operation, target_type, "
                + "target_id, changes, reason, ticket_id) VALUES (?, ?, 'Sam Agent', 'agent', ?, ?, ?, "
                + "'[{\"field\":\"name\",\"before\":\"A\",\"after\":\"B\"}]', 'School asked by email', NULL)",
                id, Rows.param(at), operation, targetType, targetId));
        return this;
    }

    public Fixture email(String id, Instant sentAt, String to, String urn, String participantId) {
        insert("email", id, "INSERT INTO emails (id, sent_at, to_address, template, subject, school_urn, participant_id, "
                + "facts, version) VALUES (?, ?, ?, 'ect_registered', 'An ECT was registered', ?, ?, "
                + "'{\"ect_name\":\"Jane Smith\"}', 1)", id, Rows.param(sentAt), to, urn, participantId);
        return this;
    }

    public Fixture note(String id, String target, String body, Instant createdAt) {
        insert("note", id, "INSERT INTO notes (id, target, body, author, created_at, version) VALUES (?, ?, ?, 'Sam Agent', ?, 1)",
                id, target, body, Rows.param(createdAt));
        return this;
    }

    public Fixture ticket(String id, Instant receivedAt, String status, String category, String assignee) {
        insert("ticket", id, "INSERT INTO tickets (id, received_at, from_email, subject, body, school_urn, status, category, "
                + "priority, linked, assignee, claimed_until, resolution, source_ref, version) VALUES (?, ?, 'pat@oak.sch.uk', "
                + "'Wrong TRN', 'Please fix the TRN', NULL, ?, ?, 'normal', '{\"schools\":[],\"participants\":[]}', ?, NULL, "
                + "NULL, NULL, 1)", id, Rows.param(receivedAt), status, category, assignee);
        return this;
    }

    /** A TRA record in the local registry's table (teacher-records.md); not a resource, so no feed row. */
    public Fixture teacherRecord(String trn, String name, LocalDate dateOfBirth, String niNumber, String state,
            boolean activeAlert, LocalDate qtsDate, LocalDate inductionStart, LocalDate inductionCompletion,
            String inductionStatus) {
        run(c -> exec(c, "INSERT INTO teacher_records (trn, name, date_of_birth, ni_number, state, active_alert, qts_date, "
                + "induction_start_date, induction_completion_date, induction_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                trn, name, dateOfBirth, niNumber, state, activeAlert, qtsDate, inductionStart, inductionCompletion,
                inductionStatus));
        return this;
    }

    /** An active record with QTS and an induction in progress: an eligible ECT. */
    public Fixture teacherRecord(String trn, String name, LocalDate dateOfBirth, String niNumber) {
        return teacherRecord(trn, name, dateOfBirth, niNumber, "Active", false, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 1), null, "InProgress");
    }

    /** A write to an existing resource: bumps its version and moves it to the end of the feed. */
    public Fixture touch(String table, String keyColumn, String type, String id) {
        run(c -> {
            exec(c, "UPDATE " + table + " SET version = version + 1 WHERE " + keyColumn + " = ?", id);
            ChangeLog.upsert(c, type, id, now);
        });
        return this;
    }

    public Fixture deleteNote(String id) {
        run(c -> {
            exec(c, "DELETE FROM notes WHERE id = ?", id);
            ChangeLog.delete(c, "note", id, now);
        });
        return this;
    }

    private void insert(String type, String id, String sql, Object... values) {
        run(c -> {
            exec(c, sql, values);
            ChangeLog.upsert(c, type, id, now);
        });
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private void run(Work work) {
        db.inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }
}
