package uk.gov.ects.desk.model.tutors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.people.PersonName;
import uk.gov.ects.desk.model.rules.Refusal;

/** Nominating and changing the school induction tutor: SIT-1..SIT-4, CSIT-1..CSIT-5, MSIT-1, OVR-SIT. */
public final class InductionTutorRules {

    private InductionTutorRules() {
    }

    /**
     * @param current     the school's tutor, if it has one
     * @param fullName    the name given
     * @param email       the email given
     * @param emailHolder whoever holds {@code email} now, if anyone
     */
    public static TutorChange decide(TutorMode mode, Optional<CurrentTutor> current, String fullName, String email,
            Optional<EmailHolder> emailHolder) {
        PersonDetails.requireNameAndEmail(fullName, email, "SIT-3");
        String name = fullName.trim();
        String address = email.trim();
        return switch (mode) {
            case NOMINATE -> nominate(current, name, address, emailHolder);
            case REPLACE -> replace(current, name, address, emailHolder);
            case UPDATE -> update(current, name, address, emailHolder);
        };
    }

    /** SIT-2: one tutor per school; SIT-4 with MSIT-1's exception. */
    private static TutorChange nominate(Optional<CurrentTutor> current, String name, String email,
            Optional<EmailHolder> emailHolder) {
        if (current.isPresent()) {
            throw Refusal.conflict("induction_tutor_exists", "SIT-2", "The school already has an induction tutor",
                    "A school has one induction tutor. To put someone else in their place, send the change "
                            + "with mode \"replace\"; to correct the current tutor's details, use mode \"update\" (OVR-SIT).",
                    "/mode");
        }
        Optional<String> existingSit = PersonDetails.sameSitOrFree(emailHolder, name, "SIT-4");
        return new TutorChange(TutorChange.Kind.NOMINATED, name, email, existingSit.orElse(null), null, null,
                List.of(nominatedEmail(name)));
    }

    /** CSIT-1 (different person), CSIT-2 (same name, new email), CSIT-3 (same email, new name: refused). */
    private static TutorChange replace(Optional<CurrentTutor> current, String name, String email,
            Optional<EmailHolder> emailHolder) {
        CurrentTutor tutor = current.orElseThrow(() -> Refusal.conflict("no_induction_tutor", "CSIT-1",
                "The school has no induction tutor to replace",
                "Nobody is the induction tutor at this school yet. Send the request with mode \"nominate\".",
                "/mode"));
        boolean sameName = PersonName.sameName(tutor.fullName(), name);
        boolean sameEmail = EmailAddress.same(tutor.email(), email);
        if (sameName && sameEmail) {
            throw Refusal.rule("nothing_to_change", "CSIT-1", "Nothing to change",
                    "The name and email given are the current induction tutor's. Change the name and email to "
                            + "replace the tutor, or the email alone to change their address.", "/email");
        }
        if (sameEmail) {
            throw Refusal.rule("name_change_needs_support", "CSIT-3", "The tutor's name cannot be changed this way",
                    "Keeping the email while changing the name would rename the current tutor, which a school "
                            + "cannot do. To correct the name, send mode \"update\" with a reason (OVR-SIT). "
                            + "To replace the tutor with someone else, give the new person's own email.", "/full_name");
        }
        if (sameName) {
            PersonDetails.requireEmailFree(emailHolder, tutor.personId(), "CSIT-4");
            return new TutorChange(TutorChange.Kind.EMAIL_CHANGED, name, email, null, tutor.personId(), null,
                    List.of(new EmailIntent(EmailTemplates.INDUCTION_TUTOR_EMAIL_CHANGED,
                            RecipientRole.NEW_INDUCTION_TUTOR, Map.of("full_name", name))));
        }
        Optional<String> existingSit = PersonDetails.sameSitOrFree(emailHolder, name, "CSIT-4");
        return new TutorChange(TutorChange.Kind.REPLACED, name, email, existingSit.orElse(null), null,
                tutor.personId(), List.of(nominatedEmail(name)));
    }

    /** OVR-SIT update: the same person, so the first name must still match. */
    private static TutorChange update(Optional<CurrentTutor> current, String name, String email,
            Optional<EmailHolder> emailHolder) {
        CurrentTutor tutor = current.orElseThrow(() -> Refusal.conflict("no_induction_tutor", "OVR-SIT",
                "The school has no induction tutor to update",
                "Nobody is the induction tutor at this school yet. Send the request with mode \"nominate\".",
                "/mode"));
        if (!PersonName.sameFirstName(tutor.fullName(), name)) {
            throw Refusal.rule("looks_like_different_person", "OVR-SIT", "This looks like a different person",
                    "The first name given differs from the current tutor's, so this looks like a new person "
                            + "rather than a correction. Send it with mode \"replace\" instead.", "/full_name");
        }
        if (name.equals(tutor.fullName()) && email.equals(tutor.email())) {
            throw Refusal.rule("nothing_to_change", "OVR-SIT", "Nothing to change",
                    "The name and email given are already the tutor's.", "/full_name");
        }
        PersonDetails.requireEmailFree(emailHolder, tutor.personId(), "SIT-4");
        return new TutorChange(TutorChange.Kind.DETAILS_CORRECTED, name, email, null, tutor.personId(), null,
                List.of());
    }

    private static EmailIntent nominatedEmail(String name) {
        return new EmailIntent(EmailTemplates.INDUCTION_TUTOR_NOMINATED, RecipientRole.NEW_INDUCTION_TUTOR,
                Map.of("full_name", name, "guidance_url", EmailTemplates.GUIDANCE_URL));
    }
}
