package uk.gov.ects.desk.model.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.participants.Fixtures;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.rules.Refused;

class PairingRulesTest {

    private static final LocalDate TODAY = Fixtures.TODAY;
    private static final ParticipantState MO = Fixtures.activeMentor("m-1");
    private static final Set<String> OAK_POOL = Set.of("100001");

    @Test
    void theMentorMustBeInTheEctsSchoolPool() {
        // rule: LINK-2
        Refused.with(422, "mentor_not_in_pool", "LINK-2", () -> PairingRules.assign(Fixtures.activeEct("p-1"), MO,
                Set.of("100002"), false, TODAY));
        Refused.with(422, "not_a_mentor", "LINK-2", () -> PairingRules.assign(Fixtures.activeEct("p-1"),
                Fixtures.activeEct("p-2"), OAK_POOL, false, TODAY));
        assertEquals("m-1", PairingRules.assign(Fixtures.activeEct("p-1"), MO, Set.of("100002", "100001"), false, TODAY)
                .mentorId());
    }

    @Test
    void aNewMentorReplacesTheOldOne() {
        // rule: LINK-3
        MentorAssignment assignment = PairingRules.assign(Fixtures.ect("p-1", InductionStatus.ACTIVE, null, "m-0"), MO,
                OAK_POOL, false, TODAY);
        assertEquals("m-0", assignment.previousMentorId());
        assertEquals("m-1", assignment.mentorId());
    }

    @Test
    void aMentorMayHaveAnyNumberOfEcts() {
        // rule: LINK-4
        for (int i = 0; i < 12; i++) {
            MentorAssignment assignment = PairingRules.assign(Fixtures.activeEct("p-" + i), MO, OAK_POOL, false, TODAY);
            assertNull(assignment.previousMentorId());
        }
    }

    @Test
    void aMentorCanBeChangedButNotRemoved() {
        // rule: LINK-5
        Refused.with(422, "mentor_cannot_be_removed", "LINK-5", () -> PairingRules.assign(
                Fixtures.ect("p-1", InductionStatus.ACTIVE, null, "m-0"), null, Set.of(), false, TODAY));
    }

    @Test
    void noChangeOnceTheEctFinishedOrTheMentorLeft() {
        // rule: LINK-6
        Refused.with(409, "ect_not_training", "LINK-6", () -> PairingRules.assign(
                Fixtures.ect("p-1", InductionStatus.COMPLETED, LocalDate.of(2026, 9, 10), null), MO, OAK_POOL, false,
                TODAY));
        Refused.with(409, "ect_not_training", "LINK-6", () -> PairingRules.assign(
                Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 10), null), MO, OAK_POOL, false,
                TODAY));
        Refused.with(409, "mentor_left", "LINK-6", () -> PairingRules.assign(Fixtures.activeEct("p-1"),
                Fixtures.mentor("m-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 30)), OAK_POOL, false, TODAY));
    }

    @Test
    void supportMayPairAnEctWhoCompletedOrLeft() {
        // rule: OVR-MENTOR
        MentorAssignment assignment = PairingRules.assign(
                Fixtures.ect("p-1", InductionStatus.COMPLETED, LocalDate.of(2026, 9, 10), null), MO, OAK_POOL, true,
                TODAY);
        assertEquals("OVR-MENTOR", assignment.operation());
        Refused.with(409, "mentor_left", "LINK-6", () -> PairingRules.assign(
                Fixtures.ect("p-1", InductionStatus.COMPLETED, LocalDate.of(2026, 9, 10), null),
                Fixtures.mentor("m-1", InductionStatus.LEFT, LocalDate.of(2026, 9, 30)), OAK_POOL, true, TODAY));
    }
}
