package uk.gov.ects.desk.service.registrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.model.participants.LeavingRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.ParticipantRecords;
import uk.gov.ects.desk.service.participants.ParticipantRecords.Loaded;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /participants/{id}/leaving {school_urn, leaving_date, leaving_reason?}}: OECT-1..OECT-5,
 * OMEN-1..OMEN-4. The record shows leaving until the date and left from it; a mentor leaves the
 * school's pool and their pairings there end on the date (OMEN-2).
 */
public final class ReportLeaving implements WriteOperation<ReportLeaving.Request> {

    public record Request(String participantId, String schoolUrn, LocalDate leavingDate, String leavingReason) {
    }

    @Override
    public Operation operation() {
        return Operation.REPORT_LEAVING;
    }

    @Override
    public Request parse(WriteRequest request) {
        Body body = request.body();
        return new Request(request.path("id"), body.requiredText("school_urn", 6), body.date("leaving_date"),
                body.text("leaving_reason", 100));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Loaded participant = ParticipantRecords.requireWithRecord(tx, request.participantId(), ctx.today(), "OECT-1");
        LeavingRules.Leaving leaving = LeavingRules.reportLeaving(participant.state(), request.schoolUrn(),
                request.leavingReason(), request.leavingDate(), ctx.today());
        String rule = participant.isEct() ? "OECT-1" : "OMEN-1";
        Sql.update(tx, "UPDATE induction_records SET induction_status = ?, end_date = ? WHERE id = ?",
                leaving.status().code(), leaving.endDate(), participant.current().id());
        ParticipantRecords.refreshSummary(tx, request.participantId(), ctx.today());
        Target who = Target.participant(request.participantId());
        ctx.changed(who);
        ctx.audit(rule, who, List.of(FieldChange.of("status", participant.state().status(ctx.today()).code(),
                leaving.status().code()), FieldChange.of("end_date", null, leaving.endDate()),
                FieldChange.of("leaving_reason", null, LeavingRules.TRANSFERRING)));
        if (leaving.mentorPoolAndPairingsEndOn() != null) {
            LocalDate date = leaving.mentorPoolAndPairingsEndOn();
            ParticipantRecords.leavePool(tx, request.participantId(), request.schoolUrn(), date);
            ParticipantRecords.endPairingsAt(ctx, request.participantId(), request.schoolUrn(), date, "OMEN-2");
            Target school = Target.school(request.schoolUrn());
            ctx.changed(school);
            ctx.audit("OMEN-2", school, List.of(FieldChange.of("mentor_pool", request.participantId(), null)));
        }
        return WriteResult.ok(who);
    }
}
