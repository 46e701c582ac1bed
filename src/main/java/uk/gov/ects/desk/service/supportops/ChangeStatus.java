package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.StatusChange;
import uk.gov.ects.desk.model.support.StatusOverrideRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /participants/{id}/status {action: reinstate|complete|leaving_date, date}}: OVR-STATUS.
 * The school cannot change a reported leaving date (OECT-3) or re-add a teacher it reported leaving
 * (OECT-4); support can. Completion ends the ECT's mentor pairing with the record.
 */
public final class ChangeStatus implements WriteOperation<ChangeStatus.Request> {

    public record Request(String participantId, String action, LocalDate date) {
    }

    private static final List<String> ACTIONS = List.of("reinstate", "complete", "leaving_date");

    @Override
    public Operation operation() {
        return Operation.OVR_STATUS;
    }

    @Override
    public Request parse(WriteRequest request) {
        String action = request.body().requiredChoice("action",
                code -> ACTIONS.contains(code) ? java.util.Optional.of(code) : java.util.Optional.empty(), ACTIONS);
        return new Request(request.path("id"), action, request.body().date("date"));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person person = ParticipantRecords.require(tx, request.participantId());
        ParticipantRecords.CurrentRecord record = person.current();
        if (record == null) {
            throw uk.gov.ects.desk.model.rules.Refusal.conflict("no_induction_record", "OVR-STATUS",
                    "The teacher has no induction record", "There is no record whose status could change.", null);
        }
        boolean activeElsewhere = Sql.exists(tx, "SELECT 1 FROM induction_records WHERE participant_id = ? AND id <> ? "
                + "AND school_urn <> ? AND induction_status = 'active' AND (end_date IS NULL OR end_date > ?)",
                person.id(), record.id(), record.schoolUrn(), ctx.today());
        StatusChange change = StatusOverrideRules.apply(ParticipantRecords.state(tx, person, false), request.action(),
                request.date(), ctx.today(), activeElsewhere);

        Sql.update(tx, "UPDATE induction_records SET induction_status = ?, end_date = ? WHERE id = ?",
                change.status().code(), change.endDate(), record.id());
        if (person.mentor()) {
            // A mentor's place in the school's pool follows their record there (OMEN-2).
            LocalDate leftOn = change.status() == InductionStatus.ACTIVE ? null : change.endDate();
            Sql.update(tx, "UPDATE mentor_pools SET left_on = ? WHERE mentor_id = ? AND school_urn = ?", leftOn,
                    person.id(), record.schoolUrn());
            ctx.changed(Target.school(record.schoolUrn()));
        }
        ParticipantRecords.syncSummary(tx, person.id());
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), List.of(
                FieldChange.of("induction_status", record.status().code(), change.status().code()),
                FieldChange.of("end_date", record.endDate(), change.endDate()),
                FieldChange.of("mentor_pairing_ended_on", null, change.endMentorPairing() ? change.endDate() : null)));
        if (change.endMentorPairing() && record.mentorId() != null) {
            ctx.changed(Target.participant(record.mentorId()));
        }
        return WriteResult.ok(Target.participant(person.id()));
    }
}
