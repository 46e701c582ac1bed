package uk.gov.ects.desk.service.supportops;

import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.support.EligibilityOverrideRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /participants/{id}/eligibility {status, eligibility_reason}}: OVR-ELIGIBILITY set. The
 * status is marked manual, so revalidations leave it alone until it is cleared. The eligibility's
 * reason code travels as {@code eligibility_reason} because {@code reason} is the operation's own
 * reason, as on every support operation (docs/api-resources.md).
 */
public final class SetEligibility implements WriteOperation<SetEligibility.Request> {

    public record Request(String participantId, String status, String reasonCode) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_ELIGIBILITY;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredText("status", 32),
                request.body().requiredText("eligibility_reason", 64));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        ParticipantRecords.Person person = ParticipantRecords.require(ctx.tx(), request.participantId());
        Eligibility eligibility;
        try {
            eligibility = EligibilityOverrideRules.set(request.status(), request.reasonCode());
        } catch (RuleViolation violation) {
            throw "/reason".equals(violation.pointer())
                    ? new RuleViolation(violation.httpStatus(), violation.code(), violation.rule(), violation.title(),
                            violation.detail(), "/eligibility_reason")
                    : violation;
        }
        Sql.update(ctx.tx(), "UPDATE participants SET eligibility_status = ?, eligibility_reason = ?, "
                + "eligibility_manual = TRUE WHERE id = ?", eligibility.status(), eligibility.reason(), person.id());
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), List.of(
                FieldChange.of("eligibility.status", person.eligibilityStatus(), eligibility.status()),
                FieldChange.of("eligibility.reason", person.eligibilityReason(), eligibility.reason()),
                FieldChange.of("eligibility.manual", person.eligibilityManual(), true)));
        return WriteResult.ok(Target.participant(person.id()));
    }
}
