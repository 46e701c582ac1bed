package uk.gov.ects.desk.service.participants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;

/**
 * Reads and writes participants and their induction records inside a write transaction, the way
 * the rules (model.participants, model.pairing) take them. "Current" is as of the service's today
 * ({@link CurrentRecord}).
 */
public final class ParticipantRecords {

    private ParticipantRecords() {
    }

    /** One induction record row. */
    public record InductionRow(String id, String participantId, String schoolUrn, int cohort, String programme,
            String leadProviderId, String deliveryPartnerId, String appropriateBodyId, String mentorId,
            String inductionStatus, String trainingStatus, LocalDate startDate, LocalDate endDate,
            boolean trainingDeclared) {

        public InductionRow withMentor(String mentor) {
            return new InductionRow(id, participantId, schoolUrn, cohort, programme, leadProviderId, deliveryPartnerId,
                    appropriateBodyId, mentor, inductionStatus, trainingStatus, startDate, endDate, trainingDeclared);
        }
    }

    /** A participant as the rules see them, with the name, primary email and current record beside. */
    public record Loaded(ParticipantState state, String fullName, String trn, String primaryEmail,
            InductionRow current) {

        public boolean isEct() {
            return state.type() == ParticipantType.ECT;
        }
    }

    /** The participant, or 404 (a merged-away id is not written to). */
    public static Loaded require(Connection tx, String id, LocalDate today) throws SQLException {
        return load(tx, id, today).orElseThrow(() -> ApiError.notFound("participant", id));
    }

    /** The participant with a current induction record, or 409 naming {@code rule} when there is none. */
    public static Loaded requireWithRecord(Connection tx, String id, LocalDate today, String rule) throws SQLException {
        Loaded loaded = require(tx, id, today);
        if (loaded.current() == null) {
            throw uk.gov.ects.desk.model.rules.Refusal.conflict("no_induction_record", rule,
                    "The teacher has no induction record", "This participant is not placed at any school, so there is "
                            + "nothing to change there. Ask support to move them to a school (OVR-TRANSFER).", null);
        }
        return loaded;
    }

    public static Optional<Loaded> load(Connection tx, String id, LocalDate today) throws SQLException {
        Optional<String[]> row = Sql.one(tx, "SELECT participant_type, full_name, trn, school_urn, cohort, status "
                + "FROM participants WHERE id = ? AND merged_into IS NULL", rs -> new String[] {rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String[] p = row.get();
        ParticipantType type = "mentor".equals(p[0]) ? ParticipantType.MENTOR : ParticipantType.ECT;
        InductionRow current = current(tx, id, today);
        String email = primaryEmail(tx, id).orElse(null);
        ParticipantState state;
        if (current == null) {
            state = new ParticipantState(id, type, p[3], p[4] == null ? 0 : Integer.parseInt(p[4]),
                    InductionStatus.fromCode(p[5]).orElse(InductionStatus.ACTIVE), null, null, null, false);
        } else {
            state = new ParticipantState(id, type, current.schoolUrn(), current.cohort(),
                    InductionStatus.fromCode(current.inductionStatus()).orElse(InductionStatus.ACTIVE),
                    current.startDate(), current.endDate(), current.mentorId(), current.trainingDeclared());
        }
        return Optional.of(new Loaded(state, p[1], p[2], email, current));
    }

    public static List<InductionRow> records(Connection tx, String participantId) throws SQLException {
        return Sql.list(tx, "SELECT * FROM induction_records WHERE participant_id = ? ORDER BY start_date, id",
                ParticipantRecords::row, participantId);
    }

    public static InductionRow current(Connection tx, String participantId, LocalDate today) throws SQLException {
        return CurrentRecord.pick(records(tx, participantId), InductionRow::startDate, InductionRow::endDate, today);
    }

    public static Optional<String> primaryEmail(Connection tx, String participantId) throws SQLException {
        return Sql.one(tx, "SELECT email FROM email_addresses WHERE owner_type = 'participant' AND owner_id = ? "
                + "ORDER BY is_primary DESC, added_at", rs -> rs.getString(1), participantId);
    }

    /** Participants (not merged away) holding this TRN, as the rules see them today. */
    public static List<ParticipantState> withTrn(Connection tx, String trn, LocalDate today) throws SQLException {
        List<String> ids = Sql.list(tx, "SELECT id FROM participants WHERE trn = ? AND merged_into IS NULL ORDER BY id",
                rs -> rs.getString(1), trn);
        List<ParticipantState> states = new java.util.ArrayList<>();
        for (String id : ids) {
            load(tx, id, today).ifPresent(loaded -> states.add(loaded.state()));
        }
        return states;
    }

    /** URNs of the pools the mentor is in today (LINK-2): not left, or leaving on a date still ahead. */
    public static Set<String> pools(Connection tx, String mentorId, LocalDate today) throws SQLException {
        return new HashSet<>(Sql.list(tx, "SELECT school_urn FROM mentor_pools WHERE mentor_id = ? "
                + "AND (left_on IS NULL OR left_on > ?)", rs -> rs.getString(1), mentorId, today));
    }

    public static String insertRecord(Connection tx, InductionRow row) throws SQLException {
        String id = row.id() != null ? row.id() : "ir-" + UUID.randomUUID();
        Sql.update(tx, "INSERT INTO induction_records (id, participant_id, school_urn, cohort, programme, "
                + "lead_provider_id, delivery_partner_id, appropriate_body_id, mentor_id, induction_status, "
                + "training_status, start_date, end_date, training_declared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, row.participantId(), row.schoolUrn(), row.cohort(), row.programme(), row.leadProviderId(),
                row.deliveryPartnerId(), row.appropriateBodyId(), row.mentorId(), row.inductionStatus(),
                row.trainingStatus(), row.startDate(), row.endDate(), row.trainingDeclared());
        return id;
    }

    /** Adds an address; {@code primary} demotes the participant's current primary to secondary. */
    public static void addEmail(Connection tx, String participantId, String email, boolean primary, Instant now)
            throws SQLException {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        if (primary) {
            Sql.update(tx, "UPDATE email_addresses SET is_primary = FALSE WHERE owner_type = 'participant' "
                    + "AND owner_id = ?", participantId);
        }
        int updated = Sql.update(tx, "UPDATE email_addresses SET is_primary = ? WHERE email_lower = ? "
                + "AND owner_type = 'participant' AND owner_id = ?", primary, lower, participantId);
        if (updated == 0) {
            Sql.update(tx, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                    + "VALUES (?, ?, 'participant', ?, ?, ?)", lower, email.trim(), participantId, primary, now);
        }
    }

    /**
     * Keeps the participant row's copy of the current record (school, cohort, stored status) in step
     * after a change; reads still work the current record out by date.
     */
    public static void refreshSummary(Connection tx, String participantId, LocalDate today) throws SQLException {
        InductionRow current = current(tx, participantId, today);
        if (current != null) {
            Sql.update(tx, "UPDATE participants SET school_urn = ?, cohort = ?, status = ? WHERE id = ?",
                    current.schoolUrn(), current.cohort(), current.inductionStatus(), participantId);
        }
    }

    /**
     * OMEN-2, TMEN-4: from {@code date} the mentor no longer mentors ECTs at {@code schoolUrn}. An ECT
     * record paired with them that runs past the date ends then and continues, unpaired, from it, so
     * the ECT keeps their mentor until that day. Each ECT gets an audit event under {@code rule}.
     */
    public static void endPairingsAt(WriteContext ctx, String mentorId, String schoolUrn, LocalDate date, String rule)
            throws SQLException {
        Connection tx = ctx.tx();
        List<InductionRow> paired = Sql.list(tx, "SELECT * FROM induction_records WHERE mentor_id = ? AND school_urn = ? "
                + "AND (end_date IS NULL OR end_date > ?)", ParticipantRecords::row, mentorId, schoolUrn, date);
        for (InductionRow record : paired) {
            if (record.startDate().isBefore(date)) {
                Sql.update(tx, "UPDATE induction_records SET end_date = ? WHERE id = ?", date, record.id());
                insertRecord(tx, new InductionRow(null, record.participantId(), record.schoolUrn(), record.cohort(),
                        record.programme(), record.leadProviderId(), record.deliveryPartnerId(),
                        record.appropriateBodyId(), null, record.inductionStatus(), record.trainingStatus(), date,
                        record.endDate(), record.trainingDeclared()));
            } else {
                Sql.update(tx, "UPDATE induction_records SET mentor_id = NULL WHERE id = ?", record.id());
            }
            Target ect = Target.participant(record.participantId());
            ctx.changed(ect);
            ctx.audit(rule, ect, List.of(FieldChange.of("mentor_id", mentorId, null),
                    FieldChange.of("mentor_pairing_ends_on", null, date)));
        }
    }

    /** The mentor leaves the school's pool on {@code date} (an earlier leaving date stays). */
    public static void leavePool(Connection tx, String mentorId, String schoolUrn, LocalDate date) throws SQLException {
        Sql.update(tx, "UPDATE mentor_pools SET left_on = ? WHERE mentor_id = ? AND school_urn = ? "
                + "AND (left_on IS NULL OR left_on > ?)", date, mentorId, schoolUrn, date);
    }

    /** Joins (or rejoins) the school's pool from {@code date}. */
    public static void joinPool(Connection tx, String mentorId, String schoolUrn, LocalDate date) throws SQLException {
        int updated = Sql.update(tx, "UPDATE mentor_pools SET left_on = NULL, joined_on = ? WHERE mentor_id = ? "
                + "AND school_urn = ? AND left_on IS NOT NULL", date, mentorId, schoolUrn);
        if (updated == 0 && !Sql.exists(tx, "SELECT 1 FROM mentor_pools WHERE mentor_id = ? AND school_urn = ?",
                mentorId, schoolUrn)) {
            Sql.update(tx, "INSERT INTO mentor_pools (mentor_id, school_urn, joined_on, left_on) VALUES (?, ?, ?, NULL)",
                    mentorId, schoolUrn, date);
        }
    }

    private static InductionRow row(ResultSet rs) throws SQLException {
        return new InductionRow(rs.getString("id"), rs.getString("participant_id"), rs.getString("school_urn"),
                rs.getInt("cohort"), rs.getString("programme"), rs.getString("lead_provider_id"),
                rs.getString("delivery_partner_id"), rs.getString("appropriate_body_id"), rs.getString("mentor_id"),
                rs.getString("induction_status"), rs.getString("training_status"), Rows.date(rs, "start_date"),
                Rows.date(rs, "end_date"), rs.getBoolean("training_declared"));
    }
}
