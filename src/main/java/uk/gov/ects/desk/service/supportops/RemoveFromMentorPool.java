package uk.gov.ects.desk.service.supportops;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import uk.gov.ects.desk.model.support.MentorPoolRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code DELETE /participants/{id}/mentor-pools/{urn}}: OVR-MENTOR-POOL remove. The mentor leaves that
 * school's pool today; their ECTs there keep no mentor and are listed as needing one (the mentor's
 * audit event names them, and each ECT's history shows the pairing ending).
 */
public final class RemoveFromMentorPool implements WriteOperation<RemoveFromMentorPool.Request> {

    public record Request(String participantId, String schoolUrn) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_MENTOR_POOL;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.path("urn"));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        ParticipantRecords.Person mentor = ParticipantRecords.require(ctx.tx(), request.participantId());
        Set<String> pools = ParticipantRecords.pools(ctx.tx(), mentor.id());
        List<String> menteesThere = ParticipantRecords.mentees(ctx.tx(), mentor.id(), request.schoolUrn());
        MentorPoolRules.remove(ParticipantRecords.state(ctx.tx(), mentor, false), pools, request.schoolUrn(),
                menteesThere);

        Sql.update(ctx.tx(), "UPDATE mentor_pools SET left_on = ? WHERE mentor_id = ? AND school_urn = ?",
                ctx.today(), mentor.id(), request.schoolUrn());
        List<String> needingMentor = ParticipantRecords.unpairMentees(ctx, mentor.id(), request.schoolUrn());
        Set<String> after = ParticipantRecords.pools(ctx.tx(), mentor.id());
        ctx.changed(Target.participant(mentor.id()));
        ctx.changed(Target.school(request.schoolUrn()));
        ctx.audit(Target.participant(mentor.id()), List.of(
                FieldChange.of("mentor_pools", String.join(", ", pools), String.join(", ", after)),
                FieldChange.of("ects_needing_mentor", null, needingMentor.isEmpty() ? null : String.join(", ", needingMentor))));
        ctx.audit(Target.school(request.schoolUrn()),
                List.of(FieldChange.of("mentor_pool", mentor.id() + " " + mentor.fullName(), null)));
        return WriteResult.ok(Target.participant(mentor.id()));
    }
}
