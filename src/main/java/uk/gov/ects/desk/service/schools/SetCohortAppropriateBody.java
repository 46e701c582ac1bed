package uk.gov.ects.desk.service.schools;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyRules;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyType;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /schools/{urn}/cohorts/{year}/appropriate-body {appropriate_body_id, apply_to_current_ects}}:
 * AB-1..AB-5; OVR-AB when {@code apply_to_current_ects} (current ECTs with the old default follow it).
 */
public final class SetCohortAppropriateBody implements WriteOperation<SetCohortAppropriateBody.Request> {

    public record Request(String urn, int year, String appropriateBodyId, boolean applyToCurrentEcts) {
    }

    @Override
    public Operation operation() {
        return Operation.SET_COHORT_APPROPRIATE_BODY;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("urn"), request.pathInt("year", "cohort"),
                request.body().text("appropriate_body_id", 64), request.body().bool("apply_to_current_ects", false));
    }

    @Override
    public Operation resolve(Request request) {
        return request.applyToCurrentEcts() ? Operation.OVR_AB : Operation.SET_COHORT_APPROPRIATE_BODY;
    }

    @Override
    public Target guard(Request request) {
        return Target.school(request.urn());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        SchoolFacts facts = SchoolRecords.requireSchool(tx, request.urn());
        SchoolRecords.requireCohort(tx, request.year());
        AppropriateBody body = request.appropriateBodyId() == null ? null : body(tx, request.appropriateBodyId());
        String oldDefault = Sql.one(tx, "SELECT appropriate_body_id FROM school_cohorts WHERE school_urn = ? AND cohort = ?",
                rs -> Optional.ofNullable(rs.getString(1)), request.urn(), request.year()).flatMap(o -> o).orElse(null);
        AppropriateBodyRules.CohortBodyChange change = AppropriateBodyRules.changeCohortDefault(oldDefault, body,
                request.year(), facts.establishmentTypeCode(), request.applyToCurrentEcts());

        if (SchoolRecords.cohortRowExists(tx, request.urn(), request.year())) {
            Sql.update(tx, "UPDATE school_cohorts SET appropriate_body_id = ? WHERE school_urn = ? AND cohort = ?",
                    change.newDefaultId(), request.urn(), request.year());
        } else {
            // AB-1: a body may be reported before the programme is chosen.
            Sql.update(tx, "INSERT INTO school_cohorts (school_urn, cohort, programme_choice, submitted_at, "
                    + "appropriate_body_id) VALUES (?, ?, NULL, NULL, ?)", request.urn(), request.year(),
                    change.newDefaultId());
        }
        Target school = Target.school(request.urn());
        ctx.changed(school);
        ctx.audit(school, List.of(FieldChange.of("cohorts." + request.year() + ".appropriate_body_id", oldDefault,
                change.newDefaultId())));
        if (change.moveEctsWithOldDefault()) {
            moveEcts(ctx, request, change);
        }
        return WriteResult.ok(school);
    }

    /** OVR-AB: current ECTs whose body was the old default; ECTs with a body of their own keep it (CECT-5). */
    private static void moveEcts(WriteContext ctx, Request request, AppropriateBodyRules.CohortBodyChange change)
            throws SQLException {
        List<String[]> records = Sql.list(ctx.tx(), "SELECT ir.id, ir.participant_id FROM induction_records ir "
                + "JOIN participants p ON p.id = ir.participant_id WHERE ir.school_urn = ? AND ir.cohort = ? "
                + "AND ir.end_date IS NULL AND p.participant_type = 'ect' AND p.merged_into IS NULL "
                + "AND (ir.appropriate_body_id = ? OR (ir.appropriate_body_id IS NULL AND ? IS NULL))",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, request.urn(), request.year(),
                change.oldDefaultId(), change.oldDefaultId());
        for (String[] record : records) {
            Sql.update(ctx.tx(), "UPDATE induction_records SET appropriate_body_id = ? WHERE id = ?",
                    change.newDefaultId(), record[0]);
            Target participant = Target.participant(record[1]);
            ctx.changed(participant);
            ctx.audit(participant, List.of(FieldChange.of("appropriate_body_id", change.oldDefaultId(),
                    change.newDefaultId())));
        }
    }

    private static AppropriateBody body(Connection tx, String id) throws SQLException {
        return Sql.one(tx, "SELECT id, name, body_type, disabled_from_year FROM appropriate_bodies WHERE id = ?",
                rs -> new AppropriateBody(rs.getString(1), rs.getString(2),
                        AppropriateBodyType.fromCode(rs.getString(3)).orElse(AppropriateBodyType.TEACHING_SCHOOL_HUB),
                        (Integer) rs.getObject(4, Integer.class)), id)
                .orElseThrow(() -> Refusal.rule("appropriate_body_not_found", "AB-3", "Appropriate body not found",
                        "There is no appropriate body " + id + ". Pick one from the list for this school and cohort.",
                        "/appropriate_body_id"));
    }
}
