package uk.gov.ects.desk.service.partnerships;

import java.sql.Connection;
import java.sql.SQLException;
import uk.gov.ects.desk.model.partnerships.PartnershipDecisions;
import uk.gov.ects.desk.model.partnerships.PartnershipRules;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /partnerships {school_urn, cohort, lead_provider_id, delivery_partner_id}}: support
 * records a partnership a lead provider reported (PART-1, PART-4, PROG-8, PROG-9).
 */
public final class ReportPartnership implements WriteOperation<ReportPartnership.Request> {

    public record Request(String urn, int cohort, String leadProviderId, String deliveryPartnerId) {
    }

    @Override
    public Operation operation() {
        return Operation.REPORT_PARTNERSHIP;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.body().requiredText("school_urn", 20).trim(), request.body().requiredInteger("cohort"),
                request.body().requiredText("lead_provider_id", 64), request.body().requiredText("delivery_partner_id", 64));
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        SchoolFacts facts = SchoolRecords.facts(tx, request.urn()).orElseThrow(() -> Refusal.rule("school_not_found",
                "PART-1", "School not found", "There is no school with URN " + request.urn() + ".", "/school_urn"));
        SchoolRecords.CohortDates cohort;
        try {
            cohort = SchoolRecords.requireCohort(tx, request.cohort());
        } catch (RuntimeException notFound) {
            throw Refusal.rule("cohort_not_found", "PART-1", "Cohort not found",
                    "There is no cohort " + request.cohort() + ".", "/cohort");
        }
        PartnershipDecisions.Reported reported = PartnershipRules.report(
                SchoolRecords.cohortState(tx, request.urn(), request.cohort()), GiasRules.isCipOnly(facts),
                request.leadProviderId(), request.deliveryPartnerId(), SchoolRecords.pairings(tx, request.cohort()),
                SchoolRecords.activePartnership(tx, request.urn(), request.cohort()), ctx.now(),
                cohort.academicYearStarts());
        String id = PartnershipWrites.insertActive(ctx, request.urn(), request.cohort(), request.leadProviderId(),
                request.deliveryPartnerId(), reported.challengeDeadline());
        PartnershipWrites.setCohortChoice(ctx, request.urn(), request.cohort(), reported.cohortChoice()); // rule: PROG-8
        return WriteResult.created(Target.partnership(id));
    }
}
