package uk.gov.ects.desk.service.partnerships;

import java.sql.SQLException;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.partnerships.PartnershipDecisions;
import uk.gov.ects.desk.model.partnerships.PartnershipRules;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /partnerships/{id}/challenge {challenge_reason, override, reason}}: PART-3 in the window,
 * PART-5 after it, OVR-PARTNERSHIP with {@code override}. The lead provider is emailed.
 */
public final class ChallengePartnership implements WriteOperation<ChallengePartnership.Request> {

    public record Request(String id, String challengeReason, boolean override) {
    }

    @Override
    public Operation operation() {
        return Operation.CHALLENGE_PARTNERSHIP;
    }

    @Override
    public Request parse(WriteRequest request) {
        String reason = request.body().text("challenge_reason", 64);
        if (reason == null) {
            throw Body.required("challenge_reason");
        }
        return new Request(request.path("id"), reason, request.body().bool("override", false));
    }

    @Override
    public Operation resolve(Request request) {
        return request.override() ? Operation.OVR_PARTNERSHIP : Operation.CHALLENGE_PARTNERSHIP;
    }

    @Override
    public Target guard(Request request) {
        return Target.partnership(request.id());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        PartnershipState partnership = SchoolRecords.partnership(ctx.tx(), request.id())
                .orElseThrow(() -> ApiError.notFound("partnership", request.id()));
        PartnershipDecisions.Challenged challenged = PartnershipRules.challenge(partnership, request.challengeReason(),
                request.override(), ctx.today());
        PartnershipWrites.challenge(ctx, partnership, challenged.reason().code());
        PartnershipWrites.setCohortChoice(ctx, partnership.schoolUrn(), partnership.cohort(), challenged.cohortChoice());
        for (EmailIntent email : challenged.emails()) {
            ctx.email(email, partnership.schoolUrn(), null);
        }
        return WriteResult.ok(Target.partnership(partnership.id()));
    }
}
