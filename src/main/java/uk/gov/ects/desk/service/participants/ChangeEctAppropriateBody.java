package uk.gov.ects.desk.service.participants;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyType;
import uk.gov.ects.desk.model.participants.DetailsRules;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.ParticipantRecords.Loaded;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /participants/{id}/appropriate-body {appropriate_body_id, override}}: an ECT's own body,
 * which may differ from the cohort default (CECT-5, AB-3..AB-5); null means not appointed yet (AB-1).
 * After the ECT completed or left only support may (OVR-DETAILS, with a reason).
 */
public final class ChangeEctAppropriateBody implements WriteOperation<ChangeEctAppropriateBody.Request> {

    public record Request(String participantId, String appropriateBodyId, boolean override) {
    }

    @Override
    public Operation operation() {
        return Operation.CHANGE_ECT_APPROPRIATE_BODY;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().text("appropriate_body_id", 64),
                request.body().bool("override", false));
    }

    @Override
    public Operation resolve(Request request) {
        return request.override() ? Operation.OVR_DETAILS : operation();
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Loaded participant = ParticipantRecords.requireWithRecord(tx, request.participantId(), ctx.today(), "CECT-5");
        AppropriateBody body = request.appropriateBodyId() == null ? null
                : appropriateBody(tx, request.appropriateBodyId(), "CECT-5");
        SchoolFacts school = SchoolRecords.requireSchool(tx, participant.state().schoolUrn());
        DetailsRules.changeAppropriateBody(participant.state(), body, school.establishmentTypeCode(),
                request.override(), ctx.today());
        String before = participant.current().appropriateBodyId();
        String after = body == null ? null : body.id();
        Sql.update(tx, "UPDATE induction_records SET appropriate_body_id = ? WHERE id = ?", after,
                participant.current().id());
        Target target = Target.participant(request.participantId());
        ctx.changed(target);
        ctx.audit(target, List.of(FieldChange.of("appropriate_body_id", before, after)));
        return WriteResult.ok(target);
    }

    /** The body by id; an unknown id is refused under the asking rule, naming the field. */
    public static AppropriateBody appropriateBody(Connection tx, String id, String rule) throws SQLException {
        return Sql.one(tx, "SELECT id, name, body_type, disabled_from_year FROM appropriate_bodies WHERE id = ?",
                rs -> new AppropriateBody(rs.getString(1), rs.getString(2),
                        AppropriateBodyType.fromCode(rs.getString(3)).orElse(AppropriateBodyType.TEACHING_SCHOOL_HUB),
                        (Integer) rs.getObject(4, Integer.class)), id)
                .orElseThrow(() -> Refusal.rule("appropriate_body_not_found", rule, "Appropriate body not found",
                        "There is no appropriate body " + id + ". Pick one from the list for this school and cohort.",
                        "/appropriate_body_id"));
    }
}
