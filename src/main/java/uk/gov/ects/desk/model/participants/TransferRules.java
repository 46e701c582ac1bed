package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.rules.Refusal;

/** Moving a participant to another school: TECT-1..TECT-9, TMEN-1..TMEN-7, OVR-TRANSFER. */
public final class TransferRules {

    private TransferRules() {
    }

    /** The school's transfer-in (POST /schools/{urn}/transfers-in). */
    public static Transfer transferIn(ParticipantState participant, TransferRequest request, SchoolContext target,
            Optional<EmailHolder> emailHolder, LocalDate today) {
        boolean ect = request.transferAs() == ParticipantType.ECT;
        if (ect && participant.type() == ParticipantType.MENTOR) {
            throw Refusal.rule("registered_as_mentor", "TECT-6", "A mentor cannot be transferred in as an ECT",
                    "This teacher is registered as a mentor. Transfer them in as a mentor, or ask a lead to remove "
                            + "the mentor record (OVR-REMOVE) if it was a mistake.", "/participant_id");
        }
        if (!ect && participant.type() == ParticipantType.ECT) {
            throw Refusal.rule("registered_as_ect", "TMEN-2", "An ECT cannot be transferred in as a mentor",
                    "This teacher is registered as an ECT. Transfer them in as an ECT.", "/participant_id");
        }
        return decide(participant, request, target, emailHolder, today, ect ? "TECT-1" : "TMEN-1",
                ect ? "TECT-5" : "TMEN-7", ect ? "TECT-2" : "TMEN-2");
    }

    /** OVR-TRANSFER: as the school's, and the new start may not be before the current record's start. */
    public static Transfer supportTransfer(ParticipantState participant, TransferRequest request,
            SchoolContext target, Optional<EmailHolder> emailHolder, LocalDate today) {
        if (request.joiningDate() != null && participant.startDate() != null
                && request.joiningDate().isBefore(participant.startDate())) {
            throw Refusal.rule("start_before_current", "OVR-TRANSFER", "Start date is before the current record",
                    "The participant's current record starts on " + participant.startDate()
                            + ". Pick a start date at the new school on or after that day.", "/start_date");
        }
        TransferRequest asTheyAre = new TransferRequest(participant.type(), request.joiningDate(), request.email(),
                request.training());
        return decide(participant, asTheyAre, target, emailHolder, today, "OVR-TRANSFER", "OVR-TRANSFER",
                "OVR-TRANSFER");
    }

    private static Transfer decide(ParticipantState participant, TransferRequest request, SchoolContext target,
            Optional<EmailHolder> emailHolder, LocalDate today, String programmeRule, String emailRule,
            String moveRule) {
        if (participant.recordStatus() == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("participant_removed", moveRule, "This participant was removed",
                    "The participant was removed by support, so they cannot move school. Register the teacher again "
                            + "if they are training.", "/participant_id");
        }
        if (participant.schoolUrn().equals(target.schoolUrn())) {
            throw Refusal.rule("same_school", moveRule, "The teacher is already at this school",
                    "The participant's current record is at school " + target.schoolUrn()
                            + ". Pick the school they are moving to.", "/school_urn");
        }
        if (request.joiningDate() == null) {
            throw Refusal.rule("joining_date_required", moveRule, "Joining date is missing",
                    "Enter the date the teacher starts at the new school; it may be in the past or the future.",
                    "/joining_date");
        }
        if (request.training() == null) {
            throw Refusal.rule("training_required", moveRule, "Say how their training continues",
                    "Choose whether training continues with the current lead provider and delivery partner "
                            + "(continue) or switches to the new school's default (school_default).", "/training");
        }
        RegistrationRules.requireDefaultProgramme(target, programmeRule, participant.type());
        String addedEmail = null;
        if (request.email() != null && !request.email().isBlank()) {
            PersonDetails.requireEmail(request.email(), emailRule);
            PersonDetails.requireEmailFree(emailHolder, participant.id(), emailRule);
            addedEmail = request.email().trim();
        }
        boolean ect = participant.type() == ParticipantType.ECT;
        LocalDate joining = request.joiningDate();
        InductionStatus previousStatus = ParticipantStatus.effectiveStatus(InductionStatus.LEAVING, joining, today);
        LocalDate pairingEnds = ect && participant.mentorId() != null ? joining : null;
        LocalDate poolLeft = ect ? null : joining;
        var programme = request.training() == TrainingChoice.SCHOOL_DEFAULT ? target.cohort().choice() : null;
        Map<String, String> facts = Map.of("participant_id", participant.id(), "from_school_urn",
                participant.schoolUrn(), "to_school_urn", target.schoolUrn(), "joining_date", joining.toString(),
                "training", request.training().code());
        List<EmailIntent> emails = new ArrayList<>();
        emails.add(new EmailIntent(EmailTemplates.PARTICIPANT_TRANSFERRED, RecipientRole.PARTICIPANT, facts));
        emails.add(new EmailIntent(EmailTemplates.PROVIDER_TRANSFER_NOTICE, RecipientRole.PREVIOUS_LEAD_PROVIDER, facts));
        if (request.training() == TrainingChoice.SCHOOL_DEFAULT) {
            emails.add(new EmailIntent(EmailTemplates.PROVIDER_TRANSFER_NOTICE, RecipientRole.LEAD_PROVIDER, facts));
        }
        return new Transfer(previousStatus, joining, pairingEnds, poolLeft, target.schoolUrn(), joining,
                request.training(), programme, addedEmail, emails);
    }
}
