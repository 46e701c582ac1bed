package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import uk.gov.ects.desk.model.support.CohortMoveRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /participants/{id}/cohort {cohort}}: OVR-COHORT. Refused with {@code declarations_exist}
 * when a provider declared training in the current cohort.
 */
public final class MoveCohort implements WriteOperation<MoveCohort.Request> {

    public record Request(String participantId, int cohort) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_COHORT;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredInteger("cohort"));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person person = ParticipantRecords.require(tx, request.participantId());
        var state = ParticipantRecords.state(tx, person, false);
        Set<Integer> cohorts = CohortMoves.cohorts(tx);
        CohortMoveRules.CohortMove move = CohortMoveRules.move(state, request.cohort(), cohorts,
                CohortMoves.schoolCohorts(tx, state.schoolUrn(), Set.of(request.cohort())));
        var changes = CohortMoves.apply(tx, person, move);
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), changes);
        return WriteResult.ok(Target.participant(person.id()));
    }
}
