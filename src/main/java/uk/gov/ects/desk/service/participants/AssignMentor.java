package uk.gov.ects.desk.service.participants;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.pairing.MentorAssignment;
import uk.gov.ects.desk.model.pairing.PairingRules;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.ParticipantRecords.Loaded;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /participants/{id}/mentor {mentor_id, override}}: pair an ECT with a mentor from their
 * school's pool, or change the mentor (LINK-1..LINK-6). With {@code override} support may pair an
 * ECT who completed or left, to correct the record (OVR-MENTOR, needs a reason).
 */
public final class AssignMentor implements WriteOperation<AssignMentor.Request> {

    public record Request(String ectId, String mentorId, boolean override) {
    }

    @Override
    public Operation operation() {
        return Operation.ASSIGN_MENTOR;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().text("mentor_id", 64), request.body().bool("override", false));
    }

    @Override
    public Operation resolve(Request request) {
        return request.override() ? Operation.OVR_MENTOR : operation();
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.ectId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Loaded ect = ParticipantRecords.requireWithRecord(tx, request.ectId(), ctx.today(), "LINK-1");
        ParticipantState mentor = request.mentorId() == null ? null : mentorState(tx, request.mentorId(), ctx);
        MentorAssignment assignment = PairingRules.assign(ect.state(), mentor,
                mentor == null ? java.util.Set.of() : ParticipantRecords.pools(tx, mentor.id(), ctx.today()),
                request.override(), ctx.today());
        pair(ctx, ect, assignment.mentorId());
        return WriteResult.ok(Target.participant(ect.state().id()));
    }

    /**
     * Sets the mentor on the ECT's current record and records the change on the ECT and on both
     * mentors (their mentee lists change). Shared with adding an ECT with a mentor (LINK-1).
     */
    static void pair(WriteContext ctx, Loaded ect, String mentorId) throws SQLException {
        String previous = ect.current() == null ? null : ect.current().mentorId();
        Sql.update(ctx.tx(), "UPDATE induction_records SET mentor_id = ? WHERE id = ?", mentorId, ect.current().id());
        Target ectTarget = Target.participant(ect.state().id());
        ctx.changed(ectTarget);
        ctx.audit(ectTarget, List.of(FieldChange.of("mentor_id", previous, mentorId)));
        Target mentor = Target.participant(mentorId);
        ctx.changed(mentor);
        ctx.audit(mentor, List.of(FieldChange.of("mentees", null, ect.state().id())));
        if (previous != null) {
            Target old = Target.participant(previous);
            ctx.changed(old);
            ctx.audit(old, List.of(FieldChange.of("mentees", ect.state().id(), null)));
        }
    }

    /** The mentor asked for; an unknown id is refused naming the field (LINK-2). */
    public static ParticipantState mentorState(Connection tx, String mentorId, WriteContext ctx) throws SQLException {
        return ParticipantRecords.load(tx, mentorId, ctx.today()).map(Loaded::state)
                .orElseThrow(() -> Refusal.rule("mentor_not_found", "LINK-2", "Mentor not found",
                        "There is no mentor with id " + mentorId + ". Search for the mentor and use their id.",
                        "/mentor_id"));
    }
}
