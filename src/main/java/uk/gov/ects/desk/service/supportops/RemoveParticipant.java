package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.RecordRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code DELETE /participants/{id} {reason_code}}: OVR-REMOVE (lead), REM-1. A soft withdrawal:
 * open records end today as {@code withdrawn}, the participant drops out of lists (but can still be
 * read, with its history), a mentor leaves every pool and their ECTs lose their mentor. Refused with
 * {@code declarations_exist} when a provider declared training for them.
 */
public final class RemoveParticipant implements WriteOperation<RemoveParticipant.Request> {

    public record Request(String participantId, String reasonCode) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_REMOVE;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredText("reason_code", 64).trim());
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person person = ParticipantRecords.require(tx, request.participantId());
        List<String> mentees = person.mentor() ? ParticipantRecords.mentees(tx, person.id(), null) : List.of();
        RecordRules.Removal removal = RecordRules.remove(ParticipantRecords.state(tx, person, true),
                request.reasonCode(), mentees);

        String statusBefore = person.current() != null ? person.current().status().code() : person.status();
        Sql.update(tx, "UPDATE induction_records SET induction_status = ?, end_date = ? WHERE participant_id = ? "
                + "AND end_date IS NULL", removal.status().code(), ctx.today(), person.id());
        if (person.current() != null && person.current().endDate() != null) {
            // The current record had already ended (left, completed): it is withdrawn all the same.
            Sql.update(tx, "UPDATE induction_records SET induction_status = ? WHERE id = ?", removal.status().code(),
                    person.current().id());
        }
        Sql.update(tx, "UPDATE participants SET status = ? WHERE id = ?", removal.status().code(), person.id());
        if (person.mentor()) {
            ParticipantRecords.unpairMentees(ctx, person.id(), null);
            for (String urn : ParticipantRecords.pools(tx, person.id())) {
                ctx.changed(Target.school(urn));
            }
            Sql.update(tx, "UPDATE mentor_pools SET left_on = ? WHERE mentor_id = ? AND left_on IS NULL", ctx.today(),
                    person.id());
        }
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), List.of(
                FieldChange.of("status", statusBefore, removal.status().code()),
                FieldChange.of("removal_reason_code", null, removal.reasonCode()),
                FieldChange.of("ects_needing_mentor", null,
                        removal.menteesLosingMentor().isEmpty() ? null : String.join(", ", removal.menteesLosingMentor()))));
        return WriteResult.ok(Target.participant(person.id()));
    }
}
