package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.ects.desk.model.cohorts.CohortCalendar;
import uk.gov.ects.desk.model.support.CohortMoveRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /participants/{id}/induction-start-date {date}}: OVR-INDUCTION-START. For an ECT the
 * cohort follows the date (CohortCalendar: January to May belong to the previous year's cohort),
 * with the checks of a cohort move.
 */
public final class SetInductionStart implements WriteOperation<SetInductionStart.Request> {

    public record Request(String participantId, LocalDate date) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_INDUCTION_START;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredDate("date"));
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
        int cohortForDate = CohortCalendar.cohortForInductionStart(request.date(), ctx.today());
        CohortMoveRules.InductionStartChange change = CohortMoveRules.setInductionStart(state, request.date(),
                ctx.today(), CohortMoves.cohorts(tx),
                CohortMoves.schoolCohorts(tx, state.schoolUrn(), Set.of(cohortForDate)));

        Sql.update(tx, "UPDATE participants SET induction_start_date = ? WHERE id = ?", change.inductionStartDate(),
                person.id());
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("induction_start_date", person.inductionStartDate(), change.inductionStartDate()));
        if (change.cohortMove() != null) {
            changes.addAll(CohortMoves.apply(tx, person, change.cohortMove()));
        }
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), changes);
        return WriteResult.ok(Target.participant(person.id()));
    }
}
