package uk.gov.ects.desk.service.partnerships;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.partnerships.PartnershipDecisions;
import uk.gov.ects.desk.model.partnerships.PartnershipRules;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.schools.InductionRecordMoves;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /schools/{urn}/cohorts/{year}/partnership {lead_provider_id, delivery_partner_id}}
 * (OVR-PARTNERSHIP replace): the old partnership is challenged as {@code another_provider}, the new
 * one is active with no school window, and participants trained by the old providers move from today.
 */
public final class ReplacePartnership implements WriteOperation<ReplacePartnership.Request> {

    public record Request(String urn, int year, String leadProviderId, String deliveryPartnerId) {
    }

    @Override
    public Operation operation() {
        return Operation.OVR_PARTNERSHIP;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("urn"), request.pathInt("year", "cohort"),
                request.body().requiredText("lead_provider_id", 64), request.body().requiredText("delivery_partner_id", 64));
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
        Optional<PartnershipState> active = SchoolRecords.activePartnership(tx, request.urn(), request.year());
        PartnershipDecisions.Replaced replaced = PartnershipRules.replace(
                SchoolRecords.cohortState(tx, request.urn(), request.year()), GiasRules.isCipOnly(facts), active,
                request.leadProviderId(), request.deliveryPartnerId(), SchoolRecords.pairings(tx, request.year()));
        if (active.isPresent()) {
            PartnershipWrites.challenge(ctx, active.get(), replaced.challengeReason().code());
        }
        PartnershipWrites.insertActive(ctx, request.urn(), request.year(), replaced.newPairing().leadProviderId(),
                replaced.newPairing().deliveryPartnerId(), null);
        PartnershipWrites.setCohortChoice(ctx, request.urn(), request.year(), replaced.cohortChoice());
        if (replaced.moveParticipants()) {
            PartnershipState old = active.orElseThrow();
            InductionRecordMoves.move(ctx, request.urn(), request.year(),
                    "AND lead_provider_id = ? AND delivery_partner_id = ?",
                    new InductionRecordMoves.NewTraining(null, replaced.newPairing().leadProviderId(),
                            replaced.newPairing().deliveryPartnerId(), false),
                    old.leadProviderId(), old.deliveryPartnerId());
        }
        for (EmailIntent email : replaced.emails()) {
            ctx.email(email, request.urn(), null);
        }
        return WriteResult.ok(Target.school(request.urn()));
    }
}
