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
 * {@code POST /participants/{id}/mentor-pools {school_urn}}: OVR-MENTOR-POOL add (TMEN-5). The mentor
 * then shows in both schools' pools and can be paired at either (LINK-2).
 */
public final class AddToMentorPool implements WriteOperation<AddToMentorPool.Request> {

    public record Request(String participantId, String schoolUrn) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_MENTOR_POOL;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredText("school_urn", 6).trim());
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        ParticipantRecords.Person mentor = ParticipantRecords.require(ctx.tx(), request.participantId());
        SchoolChecks.requireSchool(ctx.tx(), request.schoolUrn(), "OVR-MENTOR-POOL");
        Set<String> pools = ParticipantRecords.pools(ctx.tx(), mentor.id());
        MentorPoolRules.add(ParticipantRecords.state(ctx.tx(), mentor, false), pools, request.schoolUrn());

        // A mentor who once left this pool has a row already: they rejoin from today.
        int rejoined = Sql.update(ctx.tx(), "UPDATE mentor_pools SET joined_on = ?, left_on = NULL "
                + "WHERE mentor_id = ? AND school_urn = ?", ctx.today(), mentor.id(), request.schoolUrn());
        if (rejoined == 0) {
            Sql.update(ctx.tx(), "INSERT INTO mentor_pools (mentor_id, school_urn, joined_on, left_on) VALUES (?, ?, ?, NULL)",
                    mentor.id(), request.schoolUrn(), ctx.today());
        }
        Set<String> after = ParticipantRecords.pools(ctx.tx(), mentor.id());
        ctx.changed(Target.participant(mentor.id()));
        ctx.changed(Target.school(request.schoolUrn()));
        ctx.audit(Target.participant(mentor.id()),
                List.of(FieldChange.of("mentor_pools", String.join(", ", pools), String.join(", ", after))));
        ctx.audit(Target.school(request.schoolUrn()),
                List.of(FieldChange.of("mentor_pool", null, mentor.id() + " " + mentor.fullName())));
        return WriteResult.ok(Target.participant(mentor.id()));
    }
}
