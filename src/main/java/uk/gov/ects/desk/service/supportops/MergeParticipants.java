package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.RecordRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /participants/{id}/merge {duplicate_id}}: OVR-MERGE (lead). The path's participant is
 * kept; the duplicate's emails, induction records, pool places and mentees move to it. The duplicate
 * row stays with {@code merged_into} set, so its id resolves to the kept one and its audit events
 * show in the kept participant's history (they are linked, not rewritten). The change feed sends
 * the duplicate as a delete.
 */
public final class MergeParticipants implements WriteOperation<MergeParticipants.Request> {

    public record Request(String keptId, String duplicateId) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_MERGE;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredText("duplicate_id", 64).trim());
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.keptId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person kept = ParticipantRecords.require(tx, request.keptId());
        ParticipantRecords.Person duplicate = ParticipantRecords.find(tx, request.duplicateId())
                .orElseThrow(() -> Refusal.rule("duplicate_not_found", "OVR-MERGE", "No such participant",
                        "There is no participant " + request.duplicateId() + " (or it was already merged). Check the "
                                + "duplicate's id.", "/duplicate_id"));
        RecordRules.merge(ParticipantRecords.state(tx, kept, false), ParticipantRecords.state(tx, duplicate, false));

        List<String> emailsBefore = ParticipantRecords.emails(tx, kept.id());
        List<String> poolsBefore = List.copyOf(ParticipantRecords.pools(tx, kept.id()));
        Sql.update(tx, "UPDATE email_addresses SET owner_id = ?, is_primary = FALSE WHERE owner_type = 'participant' "
                + "AND owner_id = ?", kept.id(), duplicate.id());
        int records = Sql.update(tx, "UPDATE induction_records SET participant_id = ? WHERE participant_id = ?",
                kept.id(), duplicate.id());
        List<String> mentees = ParticipantRecords.mentees(tx, duplicate.id(), null);
        Sql.update(tx, "UPDATE induction_records SET mentor_id = ? WHERE mentor_id = ?", kept.id(), duplicate.id());
        List<String> poolSchools = movePools(tx, kept.id(), duplicate.id());
        // The kept record fills its gaps from the duplicate; where both have a value the kept one wins.
        Sql.update(tx, "UPDATE participants SET trn = COALESCE(trn, ?), date_of_birth = COALESCE(date_of_birth, ?), "
                + "induction_start_date = COALESCE(induction_start_date, ?), qts_date = COALESCE(qts_date, ?) WHERE id = ?",
                duplicate.trn(), duplicate.dateOfBirth(), duplicate.inductionStartDate(), duplicate.qtsDate(), kept.id());
        ParticipantRecords.syncSummary(tx, kept.id());
        Sql.update(tx, "UPDATE participants SET merged_into = ?, version = version + 1 WHERE id = ?", kept.id(),
                duplicate.id());
        ChangeLog.delete(tx, "participant", duplicate.id(), ctx.now());

        ctx.changed(Target.participant(kept.id()));
        for (String ect : mentees) {
            ctx.changed(Target.participant(ect));
        }
        for (String urn : poolSchools) {
            ctx.changed(Target.school(urn));
        }
        ctx.audit(Target.participant(kept.id()), List.of(
                FieldChange.of("retired_ids", null, duplicate.id()),
                FieldChange.of("emails", String.join(", ", emailsBefore),
                        String.join(", ", ParticipantRecords.emails(tx, kept.id()))),
                FieldChange.of("induction_records_moved", null, records),
                FieldChange.of("mentor_pools", String.join(", ", poolsBefore),
                        String.join(", ", ParticipantRecords.pools(tx, kept.id()))),
                FieldChange.of("mentees_moved", null, mentees.isEmpty() ? null : String.join(", ", mentees))));
        ctx.audit(Target.participant(duplicate.id()), List.of(FieldChange.of("merged_into", null, kept.id())));
        return WriteResult.ok(Target.participant(kept.id()));
    }

    /** Pool places move to the kept mentor; where both were in one pool, the kept mentor's place stays. */
    private static List<String> movePools(Connection tx, String keptId, String duplicateId) throws SQLException {
        List<String> schools = Sql.list(tx, "SELECT school_urn FROM mentor_pools WHERE mentor_id = ?",
                rs -> rs.getString(1), duplicateId);
        for (String urn : schools) {
            boolean keptThere = Sql.exists(tx, "SELECT 1 FROM mentor_pools WHERE mentor_id = ? AND school_urn = ?",
                    keptId, urn);
            if (keptThere) {
                Sql.update(tx, "DELETE FROM mentor_pools WHERE mentor_id = ? AND school_urn = ?", duplicateId, urn);
            } else {
                Sql.update(tx, "UPDATE mentor_pools SET mentor_id = ? WHERE mentor_id = ? AND school_urn = ?", keptId,
                        duplicateId, urn);
            }
        }
        return schools;
    }
}
