package uk.gov.ects.desk.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.participants.Fixtures;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refused;
import uk.gov.ects.desk.model.teachers.Eligibility;

class ParticipantOverridesTest {

    private static final LocalDate TODAY = Fixtures.TODAY;
    private static final Set<Integer> COHORTS = Set.of(2024, 2025, 2026, 2027);
    private static final SchoolCohortState CIP_2025 = new SchoolCohortState(2025,
            ProgrammeChoice.CORE_INDUCTION_PROGRAMME, Instant.parse("2025-05-01T10:00:00Z"), false);

    private static SchoolCohortState oakCohort(int year) {
        return year == 2025 ? CIP_2025 : year == 2026 ? Fixtures.FIP_2026 : null;
    }

    private static ParticipantState withDeclarations(ParticipantState p) {
        return new ParticipantState(p.id(), p.type(), p.schoolUrn(), p.cohort(), p.recordStatus(), p.startDate(),
                p.endDate(), p.mentorId(), true);
    }

    @Test
    void aMentorJoinsAnotherPoolOnce() {
        // rule: OVR-MENTOR-POOL, TMEN-5
        MentorPoolRules.add(Fixtures.activeMentor("m-1"), Set.of("100001"), "100002");
        Refused.with(409, "already_in_pool", "OVR-MENTOR-POOL",
                () -> MentorPoolRules.add(Fixtures.activeMentor("m-1"), Set.of("100001", "100002"), "100002"));
        Refused.with(422, "not_a_mentor", "OVR-MENTOR-POOL",
                () -> MentorPoolRules.add(Fixtures.activeEct("p-1"), Set.of(), "100002"));
    }

    @Test
    void takingAMentorOutOfAPoolLeavesTheirEctsThereWithoutAMentor() {
        // rule: OVR-MENTOR-POOL
        assertEquals(List.of("p-5"), MentorPoolRules.remove(Fixtures.activeMentor("m-1"), Set.of("100001", "100002"),
                "100002", List.of("p-5")));
        Refused.with(409, "not_in_pool", "OVR-MENTOR-POOL",
                () -> MentorPoolRules.remove(Fixtures.activeMentor("m-1"), Set.of("100001"), "100002", List.of()));
        Refused.with(422, "main_school_pool", "OVR-MENTOR-POOL",
                () -> MentorPoolRules.remove(Fixtures.activeMentor("m-1"), Set.of("100001"), "100001", List.of()));
    }

    @Test
    void reinstateBringsBackALeavingOrRemovedTeacher() {
        // rule: OVR-STATUS, OECT-4
        StatusChange change = StatusOverrideRules.apply(
                Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 20), null), "reinstate", null, TODAY,
                false);
        assertEquals(InductionStatus.ACTIVE, change.status());
        assertNull(change.endDate());
        Refused.with(409, "not_leaving", "OVR-STATUS",
                () -> StatusOverrideRules.apply(Fixtures.activeEct("p-1"), "reinstate", null, TODAY, false));
        Refused.with(409, "active_elsewhere", "OVR-STATUS", () -> StatusOverrideRules.apply(
                Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 20), null), "reinstate", null, TODAY,
                true));
    }

    @Test
    void completionIsForEctsWithAPastDateAndEndsThePairing() {
        // rule: OVR-STATUS
        StatusChange change = StatusOverrideRules.apply(Fixtures.ect("p-1", InductionStatus.ACTIVE, null, "m-1"),
                "complete", LocalDate.of(2026, 9, 30), TODAY, false);
        assertEquals(InductionStatus.COMPLETED, change.status());
        assertTrue(change.endMentorPairing());
        Refused.with(422, "date_in_future", "OVR-STATUS", () -> StatusOverrideRules.apply(Fixtures.activeEct("p-1"),
                "complete", TODAY.plusDays(1), TODAY, false));
        Refused.with(422, "not_an_ect", "OVR-STATUS", () -> StatusOverrideRules.apply(Fixtures.activeMentor("m-1"),
                "complete", TODAY, TODAY, false));
    }

    @Test
    void supportCorrectsAReportedLeavingDate() {
        // rule: OVR-STATUS, OECT-3
        StatusChange change = StatusOverrideRules.apply(
                Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 20), null), "leaving_date",
                LocalDate.of(2026, 12, 1), TODAY, false);
        assertEquals(InductionStatus.LEAVING, change.status());
        assertEquals(LocalDate.of(2026, 12, 1), change.endDate());
        Refused.with(409, "not_leaving", "OVR-STATUS", () -> StatusOverrideRules.apply(Fixtures.activeEct("p-1"),
                "leaving_date", LocalDate.of(2026, 12, 1), TODAY, false));
        Refused.with(422, "status_action_invalid", "OVR-STATUS", () -> StatusOverrideRules.apply(
                Fixtures.activeEct("p-1"), "pause", null, TODAY, false));
    }

    @Test
    void cohortMovesNeedASetUpCohortAndNoDeclarations() {
        // rule: OVR-COHORT
        var move = CohortMoveRules.move(Fixtures.activeEct("p-1"), 2025, COHORTS, ParticipantOverridesTest::oakCohort);
        assertEquals(2026, move.fromCohort());
        assertEquals(ProgrammeChoice.CORE_INDUCTION_PROGRAMME, move.programme());
        Refused.with(409, "declarations_exist", "OVR-COHORT", () -> CohortMoveRules.move(
                withDeclarations(Fixtures.activeEct("p-1")), 2025, COHORTS, ParticipantOverridesTest::oakCohort));
        Refused.with(422, "cohort_not_set_up", "OVR-COHORT", () -> CohortMoveRules.move(Fixtures.activeEct("p-1"), 2027,
                COHORTS, ParticipantOverridesTest::oakCohort));
        Refused.with(422, "cohort_not_found", "OVR-COHORT", () -> CohortMoveRules.move(Fixtures.activeEct("p-1"), 2030,
                COHORTS, ParticipantOverridesTest::oakCohort));
        Refused.with(422, "cohort_unchanged", "OVR-COHORT", () -> CohortMoveRules.move(Fixtures.activeEct("p-1"), 2026,
                COHORTS, ParticipantOverridesTest::oakCohort));
    }

    @Test
    void anInductionStartInSpringMovesTheEctToThePreviousYearsCohort() {
        // rule: OVR-INDUCTION-START
        var change = CohortMoveRules.setInductionStart(Fixtures.activeEct("p-1"), LocalDate.of(2026, 1, 6), TODAY,
                COHORTS, ParticipantOverridesTest::oakCohort);
        assertEquals(2025, change.cohortMove().toCohort());
        var sameCohort = CohortMoveRules.setInductionStart(Fixtures.activeEct("p-1"), LocalDate.of(2026, 9, 7), TODAY,
                COHORTS, ParticipantOverridesTest::oakCohort);
        assertNull(sameCohort.cohortMove());
        var mentor = CohortMoveRules.setInductionStart(Fixtures.activeMentor("m-1"), LocalDate.of(2026, 1, 6), TODAY,
                COHORTS, ParticipantOverridesTest::oakCohort);
        assertNull(mentor.cohortMove());
    }

    @Test
    void eligibilitySetByHandAndCleared() {
        // rule: OVR-ELIGIBILITY
        assertEquals(new Eligibility("eligible", "none"), EligibilityOverrideRules.set("eligible", "none"));
        Refused.with(422, "eligibility_status_invalid", "OVR-ELIGIBILITY",
                () -> EligibilityOverrideRules.set("maybe", "none"));
        Refused.with(422, "eligibility_reason_invalid", "OVR-ELIGIBILITY",
                () -> EligibilityOverrideRules.set("ineligible", " "));
        EligibilityOverrideRules.clear(true);
        Refused.with(409, "eligibility_not_manual", "OVR-ELIGIBILITY", () -> EligibilityOverrideRules.clear(false));
    }

    @Test
    void mergeKeepsOneAndRetiresTheOther() {
        // rule: OVR-MERGE
        var merge = RecordRules.merge(Fixtures.activeEct("p-1"), Fixtures.activeEct("p-2"));
        assertEquals("p-1", merge.keptId());
        assertEquals("p-2", merge.retiredId());
        Refused.with(422, "merge_into_itself", "OVR-MERGE",
                () -> RecordRules.merge(Fixtures.activeEct("p-1"), Fixtures.activeEct("p-1")));
        Refused.with(422, "participant_types_differ", "OVR-MERGE",
                () -> RecordRules.merge(Fixtures.activeEct("p-1"), Fixtures.activeMentor("m-1")));
    }

    @Test
    void removalNeedsAReasonCodeAndNoDeclarations() {
        // rule: OVR-REMOVE, REM-1
        var removal = RecordRules.remove(Fixtures.activeMentor("m-1"), "registered_in_error", List.of("p-1", "p-2"));
        assertEquals(InductionStatus.WITHDRAWN, removal.status());
        assertEquals(List.of("p-1", "p-2"), removal.menteesLosingMentor());
        Refused.with(422, "reason_code_invalid", "OVR-REMOVE",
                () -> RecordRules.remove(Fixtures.activeEct("p-1"), "left_teaching", List.of()));
        Refused.with(409, "declarations_exist", "REM-1",
                () -> RecordRules.remove(withDeclarations(Fixtures.activeEct("p-1")), "duplicate", List.of()));
        Refused.with(409, "already_removed", "OVR-REMOVE", () -> RecordRules.remove(
                Fixtures.ect("p-1", InductionStatus.WITHDRAWN, null, null), "duplicate", List.of()));
    }
}
