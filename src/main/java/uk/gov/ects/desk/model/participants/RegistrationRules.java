package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyRules;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.rules.Refusal;

/**
 * Adding an ECT or mentor once the teacher matched the TRA record: ECT-1, ECT-5..ECT-7, ECT-11,
 * MEN-1, MEN-4, MEN-5, MEN-7, MEN-8, PROG-10, OECT-4, OMEN-3 and the {@code already_registered} decision.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    /**
     * @param sameTrn     participants already registered with the matched TRN (any school, either type)
     * @param emailHolder whoever holds the email given, if anyone
     */
    public static Registration register(RegistrationRequest request, SchoolContext school,
            List<ParticipantState> sameTrn, Optional<EmailHolder> emailHolder, LocalDate today) {
        boolean ect = request.type() == ParticipantType.ECT;
        PersonDetails.requireNameAndEmail(request.fullName(), request.email(), ect ? "ECT-5" : "MEN-4");
        requireDefaultProgramme(school, ect ? "ECT-1" : "MEN-1", request.type());
        requireRegistrationOpen(school, today, ect ? "ECT-7" : "MEN-7");
        refuseExisting(request.type(), school.schoolUrn(), sameTrn, today);
        if (ect) {
            AppropriateBodyRules.requireAppointable(request.appropriateBody(), school.cohort().year(),
                    school.establishmentTypeCode(), "ECT-6");
            PersonDetails.requireEmailFree(emailHolder, null, "ECT-5");
            return new Registration(ParticipantType.ECT, school.cohort().choice(), null,
                    List.of(registeredEmail(EmailTemplates.ECT_REGISTERED, request, school)));
        }
        Optional<String> sit = PersonDetails.sameSitOrFree(emailHolder, request.fullName(), "MEN-4");
        List<EmailIntent> emails = sit.isPresent()
                ? List.of()
                : List.of(registeredEmail(EmailTemplates.MENTOR_REGISTERED, request, school));
        return new Registration(ParticipantType.MENTOR, school.cohort().choice(), sit.orElse(null), emails);
    }

    /** ECT-1, TECT-1, MEN-1, TMEN-1. */
    static void requireDefaultProgramme(SchoolContext school, String rule, ParticipantType type) {
        if (!school.cohort().hasDefaultProgramme()) {
            throw Refusal.rule("no_default_programme", rule, "The school has no programme for this cohort",
                    "Before a " + type.label() + " can join for " + school.cohort().year()
                            + ", the school must choose its default programme for that cohort. "
                            + "Set the programme choice first.", "/cohort");
        }
    }

    private static void requireRegistrationOpen(SchoolContext school, LocalDate today, String rule) {
        if (today.isBefore(school.registrationOpens())) {
            throw Refusal.rule("registration_not_open", rule, "Registration has not opened for this cohort",
                    "Registration for " + school.cohort().year() + " opens on " + school.registrationOpens()
                            + ". Add the teacher from that day, or to the current cohort.", "/cohort");
        }
    }

    private static void refuseExisting(ParticipantType type, String schoolUrn, List<ParticipantState> sameTrn,
            LocalDate today) {
        for (ParticipantState existing : sameTrn) {
            if (existing.recordStatus() == InductionStatus.WITHDRAWN) {
                continue;
            }
            if (type == ParticipantType.ECT && existing.type() == ParticipantType.MENTOR) {
                throw Refusal.rule("registered_as_mentor", "ECT-11", "This teacher is registered as a mentor",
                        "A teacher registered as a mentor cannot also be added as an ECT, because DfE funds one "
                                + "set of training at a time. If the mentor record is wrong, ask a lead to remove it "
                                + "(OVR-REMOVE) first.", "/trn");
            }
            if (existing.type() != type) {
                continue;
            }
            if (existing.schoolUrn().equals(schoolUrn) && existing.status(today).isReportedLeaving()) {
                throw Refusal.conflict("reported_leaving", type == ParticipantType.ECT ? "OECT-4" : "OMEN-3",
                        "This teacher was reported as leaving",
                        "The school reported this " + type.label() + " as leaving, so it cannot add them again. "
                                + "If they are staying, reinstate them (OVR-STATUS, participant " + existing.id() + ").",
                        "/trn");
            }
            throw Refusal.conflict("already_registered", type == ParticipantType.ECT ? "TECT-2" : "TMEN-2",
                    "This teacher is already registered",
                    "This " + type.label() + " is already registered (participant " + existing.id()
                            + "). Transfer them in to keep their training history instead of adding them again.",
                    "/trn");
        }
    }

    private static EmailIntent registeredEmail(String template, RegistrationRequest request, SchoolContext school) {
        return new EmailIntent(template, RecipientRole.PARTICIPANT,
                Map.of("full_name", request.fullName().trim(), "school_urn", school.schoolUrn(),
                        "cohort", String.valueOf(school.cohort().year())));
    }
}
