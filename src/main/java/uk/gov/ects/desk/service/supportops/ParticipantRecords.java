package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Reads a participant the way the rules take it, inside a write transaction, and keeps the
 * participant row's summary (school, cohort, status) in step with its current induction record:
 * the latest open record (no end date), else the latest (docs/api-resources.md).
 */
final class ParticipantRecords {

    private ParticipantRecords() {
    }

    /** The participant row and its current induction record. */
    record Person(String id, ParticipantType type, String fullName, String trn, LocalDate dateOfBirth,
            String schoolUrn, Integer cohort, String status, LocalDate inductionStartDate, LocalDate qtsDate,
            String validationStatus, String eligibilityStatus, String eligibilityReason, boolean eligibilityManual,
            CurrentRecord current) {

        boolean mentor() {
            return type == ParticipantType.MENTOR;
        }
    }

    /** An induction record, as the operations here change it. */
    record CurrentRecord(String id, String schoolUrn, int cohort, String programme, String leadProviderId,
            String deliveryPartnerId, String appropriateBodyId, String mentorId, InductionStatus status,
            LocalDate startDate, LocalDate endDate) {
    }

    private static final String CURRENT_RECORD = "SELECT * FROM induction_records WHERE participant_id = ? "
            + "ORDER BY CASE WHEN end_date IS NULL THEN 1 ELSE 0 END DESC, start_date DESC, id DESC";

    /** The participant, or 404 when there is none (a merged-away id counts as none: use the kept id). */
    static Person require(Connection tx, String id) throws SQLException {
        return find(tx, id).orElseThrow(() -> ApiError.notFound("participant", id));
    }

    static Optional<Person> find(Connection tx, String id) throws SQLException {
        Optional<CurrentRecord> current = Sql.one(tx, CURRENT_RECORD, ParticipantRecords::record, id);
        return Sql.one(tx, "SELECT * FROM participants WHERE id = ? AND merged_into IS NULL",
                rs -> new Person(rs.getString("id"), type(rs.getString("participant_type")), rs.getString("full_name"),
                        rs.getString("trn"), Rows.date(rs, "date_of_birth"), rs.getString("school_urn"),
                        Rows.integer(rs, "cohort"), rs.getString("status"), Rows.date(rs, "induction_start_date"),
                        Rows.date(rs, "qts_date"), rs.getString("validation_status"),
                        rs.getString("eligibility_status"), rs.getString("eligibility_reason"),
                        rs.getBoolean("eligibility_manual"), current.orElse(null)), id);
    }

    /**
     * The rules' view. {@code declarationsInAnyCohort}: REM-1 keeps any participant with declared
     * training; a cohort move (OVR-COHORT) looks only at the cohort they would leave.
     */
    static ParticipantState state(Connection tx, Person person, boolean declarationsInAnyCohort) throws SQLException {
        CurrentRecord current = person.current();
        int cohort = person.cohort() != null ? person.cohort() : current != null ? current.cohort() : 0;
        boolean declared = declarationsInAnyCohort
                ? Sql.exists(tx, "SELECT 1 FROM induction_records WHERE participant_id = ? AND training_declared = TRUE",
                        person.id())
                : Sql.exists(tx, "SELECT 1 FROM induction_records WHERE participant_id = ? AND cohort = ? "
                        + "AND training_declared = TRUE", person.id(), cohort);
        InductionStatus status = current != null ? current.status()
                : InductionStatus.fromCode(person.status()).orElse(InductionStatus.ACTIVE);
        return new ParticipantState(person.id(), person.type(),
                current != null ? current.schoolUrn() : person.schoolUrn(), cohort, status,
                current != null ? current.startDate() : null, current != null ? current.endDate() : null,
                current != null ? current.mentorId() : null, declared);
    }

    /** URNs of the pools the mentor is in now. */
    static Set<String> pools(Connection tx, String mentorId) throws SQLException {
        return new LinkedHashSet<>(Sql.list(tx, "SELECT school_urn FROM mentor_pools WHERE mentor_id = ? "
                + "AND left_on IS NULL ORDER BY joined_on, school_urn", rs -> rs.getString(1), mentorId));
    }

    /** ECTs with an open induction record naming the mentor; at one school, or anywhere when {@code urn} is null. */
    static List<String> mentees(Connection tx, String mentorId, String urn) throws SQLException {
        if (urn == null) {
            return Sql.list(tx, "SELECT DISTINCT participant_id FROM induction_records WHERE mentor_id = ? "
                    + "AND end_date IS NULL ORDER BY participant_id", rs -> rs.getString(1), mentorId);
        }
        return Sql.list(tx, "SELECT DISTINCT participant_id FROM induction_records WHERE mentor_id = ? "
                + "AND school_urn = ? AND end_date IS NULL ORDER BY participant_id", rs -> rs.getString(1), mentorId, urn);
    }

    /**
     * The mentor's ECTs (at {@code urn}, or all when null) keep no mentor: their open records lose it, so
     * they show as needing one (LINK-5's "listed as needing a mentor"). Each ECT's history says so.
     */
    static List<String> unpairMentees(WriteContext ctx, String mentorId, String urn) throws SQLException {
        List<String> mentees = mentees(ctx.tx(), mentorId, urn);
        for (String ect : mentees) {
            if (urn == null) {
                Sql.update(ctx.tx(), "UPDATE induction_records SET mentor_id = NULL WHERE participant_id = ? "
                        + "AND mentor_id = ? AND end_date IS NULL", ect, mentorId);
            } else {
                Sql.update(ctx.tx(), "UPDATE induction_records SET mentor_id = NULL WHERE participant_id = ? "
                        + "AND mentor_id = ? AND school_urn = ? AND end_date IS NULL", ect, mentorId, urn);
            }
            ctx.changed(Target.participant(ect));
            ctx.audit(Target.participant(ect), List.of(FieldChange.of("mentor_id", mentorId, null)));
        }
        return mentees;
    }

    /** Copies the current record's school, cohort and status onto the participant row. */
    static void syncSummary(Connection tx, String participantId) throws SQLException {
        Optional<CurrentRecord> current = Sql.one(tx, CURRENT_RECORD, ParticipantRecords::record, participantId);
        if (current.isPresent()) {
            Sql.update(tx, "UPDATE participants SET school_urn = ?, cohort = ?, status = ? WHERE id = ?",
                    current.get().schoolUrn(), current.get().cohort(), current.get().status().code(), participantId);
        }
    }

    static List<String> emails(Connection tx, String participantId) throws SQLException {
        return Sql.list(tx, "SELECT email FROM email_addresses WHERE owner_type = 'participant' AND owner_id = ? "
                + "ORDER BY is_primary DESC, added_at, email_lower", rs -> rs.getString(1), participantId);
    }

    static boolean schoolExists(Connection tx, String urn) throws SQLException {
        return Sql.exists(tx, "SELECT 1 FROM schools WHERE urn = ?", urn);
    }

    private static CurrentRecord record(ResultSet rs) throws SQLException {
        return new CurrentRecord(rs.getString("id"), rs.getString("school_urn"), rs.getInt("cohort"),
                rs.getString("programme"), rs.getString("lead_provider_id"), rs.getString("delivery_partner_id"),
                rs.getString("appropriate_body_id"), rs.getString("mentor_id"),
                InductionStatus.fromCode(rs.getString("induction_status")).orElse(InductionStatus.ACTIVE),
                Rows.date(rs, "start_date"), Rows.date(rs, "end_date"));
    }

    private static ParticipantType type(String code) {
        return "mentor".equals(code) ? ParticipantType.MENTOR : ParticipantType.ECT;
    }
}
