package uk.gov.ects.desk.service.supportops;

import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.support.EligibilityOverrideRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.teachers.TeacherRecordRegistry;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code DELETE /participants/{id}/eligibility}: OVR-ELIGIBILITY clear. Eligibility goes back to
 * automatic and is recomputed now from the teacher's TRA record (FundingEligibility).
 */
public final class ClearEligibility implements WriteOperation<ClearEligibility.Request> {

    public record Request(String participantId) {
    }

    private final TeacherRecordRegistry teacherRecords;

    public ClearEligibility(TeacherRecordRegistry teacherRecords) {
        this.teacherRecords = teacherRecords;
    }

    @Override
    public Operation operation() {
        return Operation.OVR_ELIGIBILITY;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        ParticipantRecords.Person person = ParticipantRecords.require(ctx.tx(), request.participantId());
        EligibilityOverrideRules.clear(person.eligibilityManual());
        TeacherRecord record = person.trn() == null ? null
                : teacherRecords.find(person.trn(), person.dateOfBirth(), null)
                        .filter(found -> person.trn().equals(found.trn())).orElse(null);
        Eligibility eligibility = EligibilityCheck.assess(ctx.tx(), person, record);
        Sql.update(ctx.tx(), "UPDATE participants SET eligibility_status = ?, eligibility_reason = ?, "
                + "eligibility_manual = FALSE WHERE id = ?", eligibility.status(), eligibility.reason(), person.id());
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), List.of(
                FieldChange.of("eligibility.status", person.eligibilityStatus(), eligibility.status()),
                FieldChange.of("eligibility.reason", person.eligibilityReason(), eligibility.reason()),
                FieldChange.of("eligibility.manual", true, false)));
        return WriteResult.ok(Target.participant(person.id()));
    }
}
