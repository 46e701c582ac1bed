package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyRules;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.rules.Refusal;

/** Changing a participant's name, email or AB: CECT-1..CECT-5, CMEN-1..CMEN-3, OVR-DETAILS. */
public final class DetailsRules {

    private DetailsRules() {
    }

    /**
     * @param currentName  the name on the record now
     * @param currentEmail the primary email now
     * @param emailHolder  whoever holds the new email, if anyone
     */
    public static DetailsChange change(ParticipantState participant, String currentName, String currentEmail,
            DetailsRequest request, Optional<EmailHolder> emailHolder, LocalDate today) {
        boolean ect = participant.type() == ParticipantType.ECT;
        boolean nameGiven = request.fullName() != null && !request.fullName().trim().equals(currentName);
        boolean emailGiven = request.email() != null && !EmailAddress.same(request.email(), currentEmail);
        if (!nameGiven && !emailGiven) {
            throw Refusal.rule("nothing_to_change", ect ? "CECT-3" : "CMEN-1", "Nothing to change",
                    "The name and email given are the ones on the record already.", "/full_name");
        }
        String operation = request.override() ? "OVR-DETAILS" : ect ? "CECT-2" : "CMEN-1";
        requireStillTraining(participant, request.override(), today, ect);
        NameChangeReason reason = null;
        String newName = null;
        if (nameGiven) {
            PersonDetails.requireName(request.fullName(), ect ? "CECT-3" : "CMEN-1");
            reason = requireGenuineNameChange(request.nameChangeReason(), request.override());
            newName = request.fullName().trim();
        }
        String newEmail = null;
        if (emailGiven) {
            String rule = ect ? "CECT-4" : "CMEN-2";
            PersonDetails.requireEmail(request.email(), rule);
            PersonDetails.requireEmailFree(emailHolder, participant.id(), rule);
            newEmail = request.email().trim();
        }
        return new DetailsChange(newName, reason, newEmail, operation);
    }

    /**
     * CECT-6, CMEN-3: TRN, date of birth and provider are not the school's to change. Call with the
     * JSON fields a PATCH carried; a protected one is refused with the support operation to use.
     */
    public static void refuseProtectedFields(ParticipantType type, Set<String> fieldsGiven) {
        String rule = type == ParticipantType.ECT ? "CECT-6" : "CMEN-3";
        for (String field : List.of("trn", "date_of_birth", "lead_provider_id", "delivery_partner_id")) {
            if (fieldsGiven.contains(field)) {
                boolean identity = field.equals("trn") || field.equals("date_of_birth");
                throw Refusal.rule("field_not_changeable", rule, "This detail cannot be changed here",
                        identity
                                ? "TRN and date of birth are checked against the teacher record, so they are corrected "
                                        + "by revalidating (OVR-REVALIDATE)."
                                : "The lead provider and delivery partner come from the partnership: change it with "
                                        + "OVR-PARTNERSHIP, or move the teacher with training set to school_default.",
                        "/" + field);
            }
        }
    }

    /** CECT-5 (with CECT-2): an ECT's own appropriate body; null means "not appointed yet" (AB-1). */
    public static AppropriateBody changeAppropriateBody(ParticipantState participant, AppropriateBody body,
            int establishmentTypeCode, boolean override, LocalDate today) {
        if (participant.type() != ParticipantType.ECT) {
            throw Refusal.rule("not_an_ect", "CECT-5", "Only ECTs have an appropriate body",
                    "Appropriate bodies are recorded for early career teachers, not mentors.", "/appropriate_body_id");
        }
        requireStillTraining(participant, override, today, true);
        AppropriateBodyRules.requireAppointable(body, participant.cohort(), establishmentTypeCode, "CECT-5");
        return body;
    }

    /** CECT-2, CMEN-1, CMEN-2: the school edits only while the teacher trains there; support may after. */
    private static void requireStillTraining(ParticipantState participant, boolean override, LocalDate today,
            boolean ect) {
        InductionStatus status = participant.status(today);
        if (status == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("participant_removed", "OVR-REMOVE", "This participant was removed",
                    "The participant was removed by support, so their details are kept as they were.", null);
        }
        boolean schoolMayEdit = ect ? !status.isFinished() : status != InductionStatus.LEFT;
        if (!schoolMayEdit && !override) {
            throw Refusal.conflict("participant_not_training", ect ? "CECT-2" : "CMEN-1",
                    "The school can no longer change these details",
                    "This " + (ect ? "ECT" : "mentor") + " has " + (status == InductionStatus.COMPLETED
                            ? "completed induction" : "left the school")
                            + ", so only support can change their details: send it with override and a reason (OVR-DETAILS).",
                    null);
        }
    }

    private static NameChangeReason requireGenuineNameChange(String code, boolean override) {
        if (code == null || code.isBlank()) {
            throw Refusal.rule("name_change_reason_required", "CECT-1", "Say why the name is changing",
                    "Give the reason for the name change: married_or_changed_name or entered_incorrectly.",
                    "/name_change_reason");
        }
        NameChangeReason reason = NameChangeReason.fromCode(code).orElseThrow(() -> Refusal.rule(
                "name_change_reason_invalid", "CECT-1", "Unknown reason for the name change",
                "Give one of: married_or_changed_name, entered_incorrectly.", "/name_change_reason"));
        if (reason == NameChangeReason.REPLACE_WITH_DIFFERENT_PERSON) {
            throw Refusal.rule("name_change_refused", override ? "OVR-DETAILS" : "CECT-1",
                    "A record cannot be turned into a different person",
                    "Renaming a record to someone else would give them another person's training history. "
                            + "Remove the wrong person (OVR-REMOVE) and register the new teacher instead.",
                    "/name_change_reason");
        }
        if (reason == NameChangeReason.SHOULD_NOT_HAVE_BEEN_REGISTERED) {
            throw Refusal.rule("name_change_refused", override ? "OVR-DETAILS" : "CECT-1",
                    "A wrong registration is removed, not renamed",
                    "If this teacher should not have been registered, ask a lead to remove them (OVR-REMOVE).",
                    "/name_change_reason");
        }
        return reason;
    }
}
