package uk.gov.ects.desk.model.tutors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonKind;
import uk.gov.ects.desk.model.rules.Refused;

class InductionTutorRulesTest {

    private static final Optional<CurrentTutor> PAT =
            Optional.of(new CurrentTutor("s-1", "Pat Tutor", "pat@oak.sch.uk"));

    @Test
    void nominatingCreatesTheTutorAndEmailsThem() {
        // rule: SIT-2, SIT-5
        TutorChange change = InductionTutorRules.decide(TutorMode.NOMINATE, Optional.empty(), " Pat Tutor ",
                "pat@oak.sch.uk", Optional.empty());
        assertEquals(TutorChange.Kind.NOMINATED, change.kind());
        assertEquals("Pat Tutor", change.fullName());
        assertNull(change.linkPersonId());
        assertEquals(EmailTemplates.INDUCTION_TUTOR_NOMINATED, change.emails().get(0).template());
        assertEquals(RecipientRole.NEW_INDUCTION_TUTOR, change.emails().get(0).recipientRole());
    }

    @Test
    void oneTutorPerSchool() {
        // rule: SIT-2
        Refused.with(409, "induction_tutor_exists", "SIT-2", () -> InductionTutorRules.decide(TutorMode.NOMINATE,
                PAT, "Sam New", "sam@oak.sch.uk", Optional.empty()));
    }

    @Test
    void nameAndWellFormedEmailRequired() {
        // rule: SIT-3
        Refused.with(422, "email_invalid", "SIT-3", () -> InductionTutorRules.decide(TutorMode.NOMINATE,
                Optional.empty(), "Pat Tutor", "pat-at-oak", Optional.empty()));
        Refused.with(422, "name_required", "SIT-3", () -> InductionTutorRules.decide(TutorMode.NOMINATE,
                Optional.empty(), "", "pat@oak.sch.uk", Optional.empty()));
    }

    @Test
    void emailOfAnEctCannotBeUsedForATutor() {
        // rule: SIT-4
        Refused.with(422, "email_in_use", "SIT-4", () -> InductionTutorRules.decide(TutorMode.NOMINATE,
                Optional.empty(), "Pat Tutor", "pat@oak.sch.uk",
                Optional.of(new EmailHolder("p-9", "Pat Tutor", PersonKind.ECT))));
    }

    @Test
    void theSameSitMayBeNominatedAtAnotherSchool() {
        // rule: MSIT-1
        TutorChange change = InductionTutorRules.decide(TutorMode.NOMINATE, Optional.empty(), "PAT TUTOR",
                "pat@oak.sch.uk", Optional.of(new EmailHolder("s-1", "Pat Tutor", PersonKind.INDUCTION_TUTOR)));
        assertEquals("s-1", change.linkPersonId());
    }

    @Test
    void replacingWithADifferentPersonUnlinksTheOldTutorAtOnce() {
        // rule: CSIT-1, CSIT-5
        TutorChange change = InductionTutorRules.decide(TutorMode.REPLACE, PAT, "Sam New", "sam@oak.sch.uk",
                Optional.empty());
        assertEquals(TutorChange.Kind.REPLACED, change.kind());
        assertEquals("s-1", change.unlinkPersonId());
        assertEquals(EmailTemplates.INDUCTION_TUTOR_NOMINATED, change.emails().get(0).template());
    }

    @Test
    void sameNameWithNewEmailChangesTheTutorsOwnEmail() {
        // rule: CSIT-2
        TutorChange change = InductionTutorRules.decide(TutorMode.REPLACE, PAT, "pat tutor", "pat.t@oak.sch.uk",
                Optional.empty());
        assertEquals(TutorChange.Kind.EMAIL_CHANGED, change.kind());
        assertEquals("s-1", change.editPersonId());
        assertNull(change.unlinkPersonId());
    }

    @Test
    void schoolCannotRenameTheTutorKeepingTheEmail() {
        // rule: CSIT-3
        var refused = Refused.with(422, "name_change_needs_support", "CSIT-3", () -> InductionTutorRules.decide(
                TutorMode.REPLACE, PAT, "Patricia Tutor", "pat@oak.sch.uk", Optional.empty()));
        assertTrue(refused.detail().contains("OVR-SIT"));
    }

    @Test
    void replacementEmailMustBeFree() {
        // rule: CSIT-4
        Refused.with(422, "email_in_use", "CSIT-4", () -> InductionTutorRules.decide(TutorMode.REPLACE, PAT,
                "Sam New", "jane@oak.sch.uk", Optional.of(new EmailHolder("p-1", "Jane Smith", PersonKind.MENTOR))));
    }

    @Test
    void supportCorrectsTheSamePersonsName() {
        // rule: OVR-SIT
        TutorChange change = InductionTutorRules.decide(TutorMode.UPDATE, PAT, "Pat Tutor-Jones", "pat@oak.sch.uk",
                Optional.of(new EmailHolder("s-1", "Pat Tutor", PersonKind.INDUCTION_TUTOR)));
        assertEquals(TutorChange.Kind.DETAILS_CORRECTED, change.kind());
        assertEquals("s-1", change.editPersonId());
        assertTrue(change.emails().isEmpty());
    }

    @Test
    void updateWithAnotherFirstNameLooksLikeADifferentPerson() {
        // rule: OVR-SIT
        Refused.with(422, "looks_like_different_person", "OVR-SIT", () -> InductionTutorRules.decide(
                TutorMode.UPDATE, PAT, "Sam Tutor", "pat@oak.sch.uk", Optional.empty()));
    }
}
