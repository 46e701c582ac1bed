package uk.gov.ects.desk.service.supportops;

import static uk.gov.ects.desk.service.participants.ParticipantRecords.endPairingsAt;
import static uk.gov.ects.desk.service.participants.ParticipantRecords.joinPool;
import static uk.gov.ects.desk.service.participants.ParticipantRecords.leavePool;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.participants.SchoolContext;
import uk.gov.ects.desk.model.participants.TrainingChoice;
import uk.gov.ects.desk.model.participants.Transfer;
import uk.gov.ects.desk.model.participants.TransferRequest;
import uk.gov.ects.desk.model.participants.TransferRules;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.tutors.ChangeInductionTutor;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /participants/{id}/school-transfer {school_urn, start_date, email, training}}:
 * OVR-TRANSFER. The current record becomes {@code leaving} with end date = start date, a new record
 * starts at the new school, an ECT's mentor pairing ends (TECT-9), a mentor joins the new pool and
 * leaves the old one on the date (TMEN-4). The participant, the lead provider(s) (TECT-7) and the
 * new school's induction tutor are emailed.
 */
public final class TransferToSchool implements WriteOperation<TransferToSchool.Request> {

    public record Request(String participantId, String schoolUrn, LocalDate startDate, String email,
            TrainingChoice training) {
    }

    private static final List<String> TRAINING = List.of("continue", "school_default");

    @Override
    public Operation operation() {
        return Operation.OVR_TRANSFER;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredText("school_urn", 6).trim(),
                request.body().requiredDate("start_date"), request.body().text("email", 320),
                request.body().requiredChoice("training", TrainingChoice::fromCode, TRAINING));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person person = ParticipantRecords.require(tx, request.participantId());
        ParticipantRecords.CurrentRecord old = person.current();
        if (old == null) {
            throw Refusal.conflict("no_induction_record", "OVR-TRANSFER", "The teacher has no induction record",
                    "There is no record at any school to move them from. Register them at the new school instead.", null);
        }
        SchoolFacts facts = SchoolRecords.facts(tx, request.schoolUrn())
                .orElseThrow(() -> SchoolChecks.notFound(request.schoolUrn(), "OVR-TRANSFER"));
        int cohort = old.cohort();
        SchoolCohortState targetCohort = SchoolRecords.cohortState(tx, request.schoolUrn(), cohort);
        SchoolContext target = new SchoolContext(request.schoolUrn(), facts.establishmentTypeCode(), targetCohort,
                SchoolRecords.requireCohort(tx, cohort).registrationOpens());
        Transfer transfer = TransferRules.supportTransfer(ParticipantRecords.state(tx, person, false),
                new TransferRequest(person.type(), request.startDate(), request.email(), request.training()), target,
                request.email() == null || request.email().isBlank() ? Optional.empty()
                        : ChangeInductionTutor.emailHolder(tx, request.email()),
                ctx.today());

        List<String> emailsBefore = ParticipantRecords.emails(tx, person.id());
        Sql.update(tx, "UPDATE induction_records SET induction_status = ?, end_date = ? WHERE id = ?",
                transfer.previousRecordStatus().code(), transfer.previousRecordEndDate(), old.id());
        String[] providers = newProviders(tx, request, old, cohort);
        String newProgramme = transfer.programme() != null ? transfer.programme().code() : old.programme();
        String appropriateBody = Sql.one(tx, "SELECT appropriate_body_id FROM school_cohorts WHERE school_urn = ? "
                + "AND cohort = ?", rs -> rs.getString(1), request.schoolUrn(), cohort).orElse(old.appropriateBodyId());
        Sql.update(tx, "INSERT INTO induction_records (id, participant_id, school_urn, cohort, programme, lead_provider_id, "
                + "delivery_partner_id, appropriate_body_id, mentor_id, induction_status, training_status, start_date, "
                + "end_date, training_declared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'active', 'active', ?, NULL, FALSE)",
                "ir-" + UUID.randomUUID(), person.id(), request.schoolUrn(), cohort, newProgramme, providers[0],
                providers[1], appropriateBody == null ? old.appropriateBodyId() : appropriateBody,
                transfer.newRecordStart());
        if (person.mentor()) {
            moveMentorPools(ctx, person.id(), old.schoolUrn(), request.schoolUrn(), transfer);
        }
        if (transfer.addedEmail() != null) {
            addPrimaryEmail(ctx, person.id(), transfer.addedEmail());
        }
        ParticipantRecords.syncSummary(tx, person.id());

        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), List.of(
                FieldChange.of("school_urn", old.schoolUrn(), request.schoolUrn()),
                FieldChange.of("previous_record.induction_status", old.status().code(),
                        transfer.previousRecordStatus().code()),
                FieldChange.of("previous_record.end_date", old.endDate(), transfer.previousRecordEndDate()),
                FieldChange.of("start_date", null, transfer.newRecordStart()),
                FieldChange.of("training", null, transfer.training().code()),
                FieldChange.of("lead_provider_id", old.leadProviderId(), providers[0]),
                FieldChange.of("mentor_id", old.mentorId(), null),
                FieldChange.of("emails", String.join(", ", emailsBefore),
                        String.join(", ", ParticipantRecords.emails(tx, person.id())))));
        sendEmails(ctx, transfer, old, providers[0], person.id(), request.schoolUrn());
        return WriteResult.ok(Target.participant(person.id()));
    }

    /** {@code continue} keeps the LP and DP; {@code school_default} takes the new school's active partnership. */
    private static String[] newProviders(Connection tx, Request request, ParticipantRecords.CurrentRecord old, int cohort)
            throws SQLException {
        if (request.training() == TrainingChoice.CONTINUE) {
            return new String[] {old.leadProviderId(), old.deliveryPartnerId()};
        }
        Optional<PartnershipState> partnership = SchoolRecords.activePartnership(tx, request.schoolUrn(), cohort);
        return partnership.map(p -> new String[] {p.leadProviderId(), p.deliveryPartnerId()})
                .orElse(new String[] {null, null});
    }

    /**
     * TMEN-4 and the new pool, on the start date as for a school's transfer in: until then the mentor
     * stays in the old pool and keeps the ECTs there; from it they are in the new pool only.
     */
    private static void moveMentorPools(WriteContext ctx, String mentorId, String oldUrn, String newUrn, Transfer transfer)
            throws SQLException {
        leavePool(ctx.tx(), mentorId, oldUrn, transfer.oldPoolLeftOn());
        endPairingsAt(ctx, mentorId, oldUrn, transfer.oldPoolLeftOn(), "OVR-TRANSFER");
        joinPool(ctx.tx(), mentorId, newUrn, transfer.newRecordStart());
        ctx.changed(Target.school(oldUrn));
        ctx.changed(Target.school(newUrn));
    }

    /** TECT-5: the new address becomes primary; the old ones stay as secondary addresses. */
    private static void addPrimaryEmail(WriteContext ctx, String participantId, String email) throws SQLException {
        Sql.update(ctx.tx(), "UPDATE email_addresses SET is_primary = FALSE WHERE owner_type = 'participant' "
                + "AND owner_id = ?", participantId);
        int own = Sql.update(ctx.tx(), "UPDATE email_addresses SET is_primary = TRUE WHERE email_lower = ? "
                + "AND owner_type = 'participant' AND owner_id = ?", EmailAddress.normalise(email), participantId);
        if (own == 0) {
            Sql.update(ctx.tx(), "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, "
                    + "added_at) VALUES (?, ?, 'participant', ?, TRUE, ?)", EmailAddress.normalise(email), email,
                    participantId, ctx.now());
        }
    }

    /** Lead provider emails are addressed by the provider's id; one email per provider. */
    private static void sendEmails(WriteContext ctx, Transfer transfer, ParticipantRecords.CurrentRecord old,
            String newLeadProvider, String participantId, String newUrn) throws SQLException {
        Set<String> providersTold = new LinkedHashSet<>();
        for (EmailIntent intent : transfer.emails()) {
            String provider = switch (intent.recipientRole()) {
                case PREVIOUS_LEAD_PROVIDER -> old.leadProviderId();
                case LEAD_PROVIDER -> newLeadProvider;
                default -> null;
            };
            boolean toProvider = intent.recipientRole() == RecipientRole.PREVIOUS_LEAD_PROVIDER
                    || intent.recipientRole() == RecipientRole.LEAD_PROVIDER;
            if (toProvider && (provider == null || !providersTold.add(provider))) {
                continue;
            }
            Map<String, String> facts = new HashMap<>(intent.facts());
            if (provider != null) {
                facts.put("lead_provider_id", provider);
            }
            ctx.email(new EmailIntent(intent.template(), intent.recipientRole(), facts), newUrn, participantId);
        }
        Map<String, String> facts = new HashMap<>(transfer.emails().get(0).facts());
        SupportEmails.toInductionTutor(ctx.tx(), SupportEmails.PARTICIPANT_JOINING, newUrn, participantId, facts)
                .ifPresent(ctx::email);
    }
}
