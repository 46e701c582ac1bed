package uk.gov.ects.desk.service.partnerships;

import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.partnerships.PartnershipDecisions;
import uk.gov.ects.desk.model.partnerships.PartnershipRules;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/** {@code POST /partnerships/{id}/reinstate} (OVR-PARTNERSHIP reinstate): a challenged partnership is active again. */
public final class ReinstatePartnership implements WriteOperation<String> {

    @Override
    public Operation operation() {
        return Operation.OVR_PARTNERSHIP;
    }

    @Override
    public String parse(WriteRequest request) {
        return request.path("id");
    }

    @Override
    public Target guard(String id) {
        return Target.partnership(id);
    }

    @Override
    public WriteResult apply(WriteContext ctx, String id) throws SQLException {
        PartnershipState partnership = SchoolRecords.partnership(ctx.tx(), id)
                .orElseThrow(() -> ApiError.notFound("partnership", id));
        PartnershipDecisions.Reinstated reinstated = PartnershipRules.reinstate(partnership,
                SchoolRecords.cohortState(ctx.tx(), partnership.schoolUrn(), partnership.cohort()),
                SchoolRecords.activePartnership(ctx.tx(), partnership.schoolUrn(), partnership.cohort()));
        String reason = Sql.one(ctx.tx(), "SELECT challenge_reason FROM partnerships WHERE id = ?",
                rs -> rs.getString(1), id).orElse(null);
        Sql.update(ctx.tx(), "UPDATE partnerships SET status = 'active', challenge_reason = NULL, challenged_at = NULL "
                + "WHERE id = ?", id);
        ctx.changed(Target.partnership(id));
        ctx.audit(Target.partnership(id), List.of(FieldChange.of("status", "challenged", "active"),
                FieldChange.of("challenge_reason", reason, null)));
        PartnershipWrites.setCohortChoice(ctx, partnership.schoolUrn(), partnership.cohort(), reinstated.cohortChoice());
        return WriteResult.ok(Target.partnership(id));
    }
}
