package uk.gov.ects.desk.service.registrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.participants.SchoolContext;
import uk.gov.ects.desk.model.participants.TrainingChoice;
import uk.gov.ects.desk.model.participants.Transfer;
import uk.gov.ects.desk.model.participants.TransferRequest;
import uk.gov.ects.desk.model.participants.TransferRules;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.ParticipantRecords;
import uk.gov.ects.desk.service.participants.ParticipantRecords.InductionRow;
import uk.gov.ects.desk.service.participants.ParticipantRecords.Loaded;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.tutors.ChangeInductionTutor;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /schools/{urn}/transfers-in {participant_id, joining_date, email?, training, type?}}:
 * TECT-1..TECT-9, TMEN-1..TMEN-8. The participant keeps their id and history: the previous record
 * ends on the joining date (leaving until then, left from it), a new record starts at this school,
 * an ECT's pairing with the old school's mentor ends then, a mentor leaves the old pool and joins
 * this one. {@code type} is what the school is transferring in (TECT-6); it defaults to what the
 * participant is. If-Match carries the participant's version.
 */
public final class TransferIn implements WriteOperation<TransferIn.Request> {

    private static final List<String> TRAININGS = List.of("continue", "school_default");

    public record Request(String schoolUrn, String participantId, LocalDate joiningDate, String email,
            TrainingChoice training, ParticipantType transferAs) {
    }

    @Override
    public Operation operation() {
        return Operation.TRANSFER_IN;
    }

    @Override
    public Request parse(WriteRequest request) {
        Body body = request.body();
        ParticipantType as = body.choice("type", code -> java.util.Arrays.stream(ParticipantType.values())
                .filter(t -> t.code().equals(code)).findFirst(), List.of("ect", "mentor"));
        return new Request(request.path("urn"), body.requiredText("participant_id", 64), body.date("joining_date"),
                body.text("email", 320), body.requiredChoice("training", TrainingChoice::fromCode, TRAININGS), as);
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Loaded participant = ParticipantRecords.require(tx, request.participantId(), ctx.today());
        InductionRow previous = participant.current();
        if (previous == null) {
            throw Refusal.conflict("no_induction_record", "TECT-2", "The teacher has no induction record",
                    "This participant has no school record to transfer from. Ask support to place them (OVR-TRANSFER).",
                    "/participant_id");
        }
        boolean ect = participant.isEct();
        SchoolFacts facts = SchoolRecords.requireSchool(tx, request.schoolUrn());
        SchoolRecords.CohortDates cohort = SchoolRecords.requireCohort(tx, previous.cohort());
        SchoolContext target = new SchoolContext(request.schoolUrn(), facts.establishmentTypeCode(),
                SchoolRecords.cohortState(tx, request.schoolUrn(), previous.cohort()), cohort.registrationOpens());
        Optional<EmailHolder> holder = request.email() == null ? Optional.empty()
                : ChangeInductionTutor.emailHolder(tx, request.email());
        ParticipantType as = request.transferAs() != null ? request.transferAs() : participant.state().type();
        Transfer transfer = TransferRules.transferIn(participant.state(), new TransferRequest(as,
                request.joiningDate(), request.email(), request.training()), target, holder, ctx.today());

        LocalDate joining = transfer.previousRecordEndDate();
        Sql.update(tx, "UPDATE induction_records SET induction_status = 'leaving', end_date = ? WHERE id = ?", joining,
                previous.id());
        InductionRow next = newRecord(tx, participant, previous, transfer, request.schoolUrn());
        ParticipantRecords.insertRecord(tx, next);
        ParticipantRecords.refreshSummary(tx, participant.state().id(), ctx.today());
        if (transfer.addedEmail() != null) {
            // TECT-5, TMEN-7: the new address is kept next to the old one, which stays primary.
            ParticipantRecords.addEmail(tx, participant.state().id(), transfer.addedEmail(), false, ctx.now());
        }

        Target who = Target.participant(participant.state().id());
        ctx.changed(who);
        ctx.audit(who, List.of(FieldChange.of("school_urn", previous.schoolUrn(), request.schoolUrn()),
                FieldChange.of("induction_records." + previous.id() + ".end_date", previous.endDate(), joining),
                FieldChange.of("induction_records." + previous.id() + ".induction_status", previous.inductionStatus(),
                        transfer.previousRecordStatus().code()),
                FieldChange.of("training", null, transfer.training().code()),
                FieldChange.of("emails", null, transfer.addedEmail())));
        if (transfer.mentorPairingEndsOn() != null) {
            // TECT-9: the old record, which names the old mentor, ends on the joining date.
            Target oldMentor = Target.participant(previous.mentorId());
            ctx.changed(oldMentor);
            ctx.audit("TECT-9", oldMentor, List.of(FieldChange.of("mentees", participant.state().id(), null),
                    FieldChange.of("mentor_pairing_ends_on", null, joining)));
        }
        if (transfer.oldPoolLeftOn() != null) {
            moveMentorPools(ctx, participant.state().id(), previous.schoolUrn(), request.schoolUrn(), joining);
        }
        for (EmailIntent email : transfer.emails()) {
            addressed(email, previous, next).ifPresent(intent -> queue(ctx, intent, request.schoolUrn(),
                    participant.state().id()));
        }
        return WriteResult.ok(who);
    }

    /** TECT-4, TMEN-6: the previous LP/DP continue, or the new school's default programme and partnership. */
    private static InductionRow newRecord(Connection tx, Loaded participant, InductionRow previous, Transfer transfer,
            String urn) throws SQLException {
        String programme = previous.programme();
        String lead = previous.leadProviderId();
        String partner = previous.deliveryPartnerId();
        if (transfer.training() == TrainingChoice.SCHOOL_DEFAULT) {
            programme = transfer.programme() == null ? null : transfer.programme().code();
            Optional<PartnershipState> partnership = SchoolRecords.activePartnership(tx, urn, previous.cohort());
            lead = partnership.map(PartnershipState::leadProviderId).orElse(null);
            partner = partnership.map(PartnershipState::deliveryPartnerId).orElse(null);
        }
        String body = participant.isEct() ? Sql.one(tx, "SELECT appropriate_body_id FROM school_cohorts "
                + "WHERE school_urn = ? AND cohort = ?", rs -> Optional.ofNullable(rs.getString(1)), urn,
                previous.cohort()).flatMap(o -> o).orElse(null) : null;
        return new InductionRow(null, participant.state().id(), urn, previous.cohort(), programme, lead, partner, body,
                null, "active", previous.trainingStatus(), transfer.newRecordStart(), null, false);
    }

    /** TMEN-4: leaves the old pool, and the old school's pairings end, on the joining date; joins the new pool. */
    private static void moveMentorPools(WriteContext ctx, String mentorId, String oldUrn, String newUrn, LocalDate date)
            throws SQLException {
        ParticipantRecords.leavePool(ctx.tx(), mentorId, oldUrn, date);
        ParticipantRecords.endPairingsAt(ctx, mentorId, oldUrn, date, "TMEN-4");
        ParticipantRecords.joinPool(ctx.tx(), mentorId, newUrn, date);
        for (String urn : List.of(oldUrn, newUrn)) {
            Target school = Target.school(urn);
            ctx.changed(school);
            ctx.audit("TMEN-4", school, List.of(FieldChange.of("mentor_pool", urn.equals(oldUrn) ? mentorId : null,
                    urn.equals(oldUrn) ? null : mentorId)));
        }
    }

    /** TECT-7: providers have no address in the store; the email names which provider it is for. */
    private static Optional<EmailIntent> addressed(EmailIntent email, InductionRow previous, InductionRow next) {
        if (email.recipientRole() == RecipientRole.PARTICIPANT) {
            return Optional.of(email);
        }
        String lead = email.recipientRole() == RecipientRole.PREVIOUS_LEAD_PROVIDER ? previous.leadProviderId()
                : next.leadProviderId();
        boolean sameAsPrevious = email.recipientRole() == RecipientRole.LEAD_PROVIDER
                && lead != null && lead.equals(previous.leadProviderId());
        if (lead == null || sameAsPrevious) {
            return Optional.empty();
        }
        Map<String, String> facts = new HashMap<>(email.facts());
        facts.put("lead_provider_id", lead);
        return Optional.of(new EmailIntent(email.template(), email.recipientRole(), facts));
    }

    private static void queue(WriteContext ctx, EmailIntent intent, String urn, String participantId) {
        try {
            ctx.email(intent, urn, participantId);
        } catch (SQLException e) {
            throw new uk.gov.ects.desk.service.store.StoreException(e);
        }
    }
}
