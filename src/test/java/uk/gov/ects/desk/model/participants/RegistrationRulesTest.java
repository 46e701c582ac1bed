package uk.gov.ects.desk.model.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.model.participants.Fixtures.OAK;
import static uk.gov.ects.desk.model.participants.Fixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyType;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonKind;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refused;

class RegistrationRulesTest {

    private static final RegistrationRequest JANE = new RegistrationRequest(ParticipantType.ECT, "Jane Smith",
            "jane@oak.sch.uk", null);
    private static final RegistrationRequest MO = new RegistrationRequest(ParticipantType.MENTOR, "Mo Mentor",
            "mo@oak.sch.uk", null);

    private static SchoolContext oakWith(ProgrammeChoice choice) {
        return new SchoolContext("100001", 1,
                new SchoolCohortState(2026, choice, Instant.parse("2026-05-01T10:00:00Z"), false),
                LocalDate.of(2026, 4, 1));
    }

    @Test
    void anEctStartsOnTheDefaultProgrammeAndIsEmailed() {
        // rule: ECT-8, PROG-10
        Registration registration = RegistrationRules.register(JANE, OAK, List.of(), Optional.empty(), TODAY);
        assertEquals(ProgrammeChoice.FULL_INDUCTION_PROGRAMME, registration.programme());
        assertEquals(EmailTemplates.ECT_REGISTERED, registration.emails().get(0).template());
        assertEquals(RecipientRole.PARTICIPANT, registration.emails().get(0).recipientRole());
    }

    @Test
    void theCohortNeedsADefaultProgramme() {
        // rule: ECT-1, MEN-1
        Refused.with(422, "no_default_programme", "ECT-1", () -> RegistrationRules.register(JANE,
                oakWith(ProgrammeChoice.NO_EARLY_CAREER_TEACHERS), List.of(), Optional.empty(), TODAY));
        Refused.with(422, "no_default_programme", "MEN-1", () -> RegistrationRules.register(MO,
                new SchoolContext("100001", 1, SchoolCohortState.notSetUp(2026), LocalDate.of(2026, 4, 1)), List.of(),
                Optional.empty(), TODAY));
    }

    @Test
    void nameAndUniqueEmailRequired() {
        // rule: ECT-5
        Refused.with(422, "email_required", "ECT-5", () -> RegistrationRules.register(
                new RegistrationRequest(ParticipantType.ECT, "Jane Smith", " ", null), OAK, List.of(), Optional.empty(),
                TODAY));
        Refused.with(422, "email_in_use", "ECT-5", () -> RegistrationRules.register(JANE, OAK, List.of(),
                Optional.of(new EmailHolder("s-1", "Jane Smith", PersonKind.INDUCTION_TUTOR)), TODAY));
    }

    @Test
    void registrationOpensOnItsDay() {
        // rule: ECT-7, MEN-7
        Refused.with(422, "registration_not_open", "ECT-7", () -> RegistrationRules.register(JANE, OAK, List.of(),
                Optional.empty(), LocalDate.of(2026, 3, 31)));
        Refused.with(422, "registration_not_open", "MEN-7", () -> RegistrationRules.register(MO, OAK, List.of(),
                Optional.empty(), LocalDate.of(2026, 3, 31)));
        assertEquals(ParticipantType.ECT,
                RegistrationRules.register(JANE, OAK, List.of(), Optional.empty(), LocalDate.of(2026, 4, 1)).type());
        assertEquals(ParticipantType.ECT,
                RegistrationRules.register(JANE, OAK, List.of(), Optional.empty(), LocalDate.of(2027, 7, 1)).type());
    }

    @Test
    void aMentorCannotBeAddedAsAnEct() {
        // rule: ECT-11
        Refused.with(422, "registered_as_mentor", "ECT-11", () -> RegistrationRules.register(JANE, OAK,
                List.of(Fixtures.activeMentor("m-1")), Optional.empty(), TODAY));
    }

    @Test
    void anAlreadyRegisteredTeacherIsTransferredInstead() {
        // rule: TECT-2, TMEN-2
        ParticipantState atElm = new ParticipantState("p-7", ParticipantType.ECT, "100002", 2026, InductionStatus.ACTIVE,
                LocalDate.of(2026, 9, 1), null, null, false);
        var refused = Refused.with(409, "already_registered", "TECT-2",
                () -> RegistrationRules.register(JANE, OAK, List.of(atElm), Optional.empty(), TODAY));
        assertTrue(refused.detail().contains("p-7"));
        Refused.with(409, "already_registered", "TMEN-2",
                () -> RegistrationRules.register(MO, OAK, List.of(Fixtures.activeMentor("m-1")), Optional.empty(), TODAY));
    }

    @Test
    void aRemovedRegistrationDoesNotBlockANewOne() {
        // rule: REM-1
        Registration registration = RegistrationRules.register(JANE, OAK,
                List.of(Fixtures.ect("p-1", InductionStatus.WITHDRAWN, null, null)), Optional.empty(), TODAY);
        assertEquals(ParticipantType.ECT, registration.type());
    }

    @Test
    void anEctReportedLeavingCannotBeReAddedByTheSchool() {
        // rule: OECT-4
        var refused = Refused.with(409, "reported_leaving", "OECT-4", () -> RegistrationRules.register(JANE, OAK,
                List.of(Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 12, 1), null)), Optional.empty(),
                TODAY));
        assertTrue(refused.detail().contains("OVR-STATUS"));
        Refused.with(409, "reported_leaving", "OMEN-3", () -> RegistrationRules.register(MO, OAK,
                List.of(Fixtures.mentor("m-1", InductionStatus.LEFT, LocalDate.of(2026, 9, 20))), Optional.empty(), TODAY));
    }

    @Test
    void aSitMayAddThemselvesAsAMentorAndIsNotEmailed() {
        // rule: MEN-5, MEN-8
        Registration registration = RegistrationRules.register(
                new RegistrationRequest(ParticipantType.MENTOR, "Pat Tutor", "pat@oak.sch.uk", null), OAK, List.of(),
                Optional.of(new EmailHolder("s-1", "Pat Tutor", PersonKind.INDUCTION_TUTOR)), TODAY);
        assertEquals("s-1", registration.sitPersonId());
        assertTrue(registration.emails().isEmpty());
    }

    @Test
    void aMentorWhoIsNotASitIsEmailed() {
        // rule: MEN-8
        Registration registration = RegistrationRules.register(MO, OAK, List.of(), Optional.empty(), TODAY);
        assertNull(registration.sitPersonId());
        assertEquals(EmailTemplates.MENTOR_REGISTERED, registration.emails().get(0).template());
    }

    @Test
    void mentorEmailMustBeFree() {
        // rule: MEN-4
        Refused.with(422, "email_in_use", "MEN-4", () -> RegistrationRules.register(MO, OAK, List.of(),
                Optional.of(new EmailHolder("p-3", "Someone Else", PersonKind.ECT)), TODAY));
    }

    @Test
    void theEctsBodyMustBeOneTheSchoolMayAppoint() {
        // rule: ECT-6, AB-4
        AppropriateBody istip = new AppropriateBody("ab-istip", "ISTIP", AppropriateBodyType.NATIONAL, null);
        Refused.with(422, "appropriate_body_not_allowed", "AB-4", () -> RegistrationRules.register(
                new RegistrationRequest(ParticipantType.ECT, "Jane Smith", "jane@oak.sch.uk", istip), OAK, List.of(),
                Optional.empty(), TODAY));
    }
}
