package uk.gov.ects.desk.model.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.gov.ects.desk.model.participants.Fixtures.ELM;
import static uk.gov.ects.desk.model.participants.Fixtures.OAK;
import static uk.gov.ects.desk.model.participants.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonKind;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refused;

class TransferRulesTest {

    private static final LocalDate FUTURE = LocalDate.of(2026, 11, 1);
    private static final LocalDate PAST = LocalDate.of(2026, 9, 15);

    private static TransferRequest ectIn(LocalDate date, TrainingChoice training) {
        return new TransferRequest(ParticipantType.ECT, date, null, training);
    }

    @Test
    void aFutureJoiningDateLeavesTheOldRecordLeavingUntilThen() {
        // rule: TECT-3, TECT-8, TECT-9
        Transfer transfer = TransferRules.transferIn(Fixtures.ect("p-1", InductionStatus.ACTIVE, null, "m-1"),
                ectIn(FUTURE, TrainingChoice.CONTINUE), ELM, Optional.empty(), TODAY);
        assertEquals(InductionStatus.LEAVING, transfer.previousRecordStatus());
        assertEquals(FUTURE, transfer.previousRecordEndDate());
        assertEquals(FUTURE, transfer.mentorPairingEndsOn());
        assertEquals("100002", transfer.newSchoolUrn());
        assertNull(transfer.programme());
    }

    @Test
    void aPastJoiningDateShowsLeftAtThePreviousSchool() {
        // rule: TECT-8
        Transfer transfer = TransferRules.transferIn(Fixtures.activeEct("p-1"), ectIn(PAST, TrainingChoice.CONTINUE),
                ELM, Optional.empty(), TODAY);
        assertEquals(InductionStatus.LEFT, transfer.previousRecordStatus());
        assertNull(transfer.mentorPairingEndsOn());
    }

    @Test
    void switchingToTheSchoolDefaultTakesItsProgrammeAndEmailsBothProviders() {
        // rule: TECT-4, TECT-7
        Transfer transfer = TransferRules.transferIn(Fixtures.activeEct("p-1"),
                ectIn(PAST, TrainingChoice.SCHOOL_DEFAULT), ELM, Optional.empty(), TODAY);
        assertEquals(ProgrammeChoice.FULL_INDUCTION_PROGRAMME, transfer.programme());
        assertEquals(RecipientRole.PARTICIPANT, transfer.emails().get(0).recipientRole());
        assertEquals(EmailTemplates.PROVIDER_TRANSFER_NOTICE, transfer.emails().get(1).template());
        assertEquals(3, transfer.emails().size());
    }

    @Test
    void theNewSchoolNeedsADefaultProgramme() {
        // rule: TECT-1, TMEN-1
        SchoolContext bare = new SchoolContext("100003", 1, SchoolCohortState.notSetUp(2026), LocalDate.of(2026, 4, 1));
        Refused.with(422, "no_default_programme", "TECT-1", () -> TransferRules.transferIn(Fixtures.activeEct("p-1"),
                ectIn(PAST, TrainingChoice.CONTINUE), bare, Optional.empty(), TODAY));
        Refused.with(422, "no_default_programme", "TMEN-1", () -> TransferRules.transferIn(Fixtures.activeMentor("m-1"),
                new TransferRequest(ParticipantType.MENTOR, PAST, null, TrainingChoice.CONTINUE), bare,
                Optional.empty(), TODAY));
    }

    @Test
    void aMentorCannotComeInAsAnEct() {
        // rule: TECT-6
        Refused.with(422, "registered_as_mentor", "TECT-6", () -> TransferRules.transferIn(Fixtures.activeMentor("m-1"),
                ectIn(PAST, TrainingChoice.CONTINUE), ELM, Optional.empty(), TODAY));
    }

    @Test
    void aMentorLeavesTheOldPoolOnTheJoiningDate() {
        // rule: TMEN-4
        Transfer transfer = TransferRules.transferIn(Fixtures.activeMentor("m-1"),
                new TransferRequest(ParticipantType.MENTOR, FUTURE, null, TrainingChoice.CONTINUE), ELM,
                Optional.empty(), TODAY);
        assertEquals(FUTURE, transfer.oldPoolLeftOn());
        assertEquals(InductionStatus.LEAVING, transfer.previousRecordStatus());
    }

    @Test
    void aNewEmailIsAddedIfNobodyElseHasIt() {
        // rule: TECT-5
        Transfer transfer = TransferRules.transferIn(Fixtures.activeEct("p-1"),
                new TransferRequest(ParticipantType.ECT, PAST, "jane@elm.sch.uk", TrainingChoice.CONTINUE), ELM,
                Optional.empty(), TODAY);
        assertEquals("jane@elm.sch.uk", transfer.addedEmail());
        Refused.with(422, "email_in_use", "TECT-5", () -> TransferRules.transferIn(Fixtures.activeEct("p-1"),
                new TransferRequest(ParticipantType.ECT, PAST, "jo@elm.sch.uk", TrainingChoice.CONTINUE), ELM,
                Optional.of(new EmailHolder("p-2", "Jo Other", PersonKind.ECT)), TODAY));
    }

    @Test
    void supportTransferNeedsAnotherSchoolAndAStartNotBeforeTheCurrentOne() {
        // rule: OVR-TRANSFER
        Refused.with(422, "same_school", "OVR-TRANSFER", () -> TransferRules.supportTransfer(Fixtures.activeEct("p-1"),
                ectIn(PAST, TrainingChoice.CONTINUE), OAK, Optional.empty(), TODAY));
        Refused.with(422, "start_before_current", "OVR-TRANSFER", () -> TransferRules.supportTransfer(
                Fixtures.activeEct("p-1"), ectIn(LocalDate.of(2026, 8, 31), TrainingChoice.CONTINUE), ELM,
                Optional.empty(), TODAY));
        SchoolContext bare = new SchoolContext("100003", 1, SchoolCohortState.notSetUp(2026), LocalDate.of(2026, 4, 1));
        Refused.with(422, "no_default_programme", "OVR-TRANSFER", () -> TransferRules.supportTransfer(
                Fixtures.activeEct("p-1"), ectIn(PAST, TrainingChoice.CONTINUE), bare, Optional.empty(), TODAY));
        Transfer transfer = TransferRules.supportTransfer(Fixtures.activeEct("p-1"),
                ectIn(LocalDate.of(2026, 9, 1), TrainingChoice.CONTINUE), ELM, Optional.empty(), TODAY);
        assertEquals(InductionStatus.LEFT, transfer.previousRecordStatus());
    }
}
