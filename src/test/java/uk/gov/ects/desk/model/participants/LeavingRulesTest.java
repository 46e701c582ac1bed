package uk.gov.ects.desk.model.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.model.participants.Fixtures.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.rules.Refused;

class LeavingRulesTest {

    @Test
    void reportingIsOptionalAndAFutureDateShowsLeaving() {
        // rule: OECT-1, OECT-2, OECT-3
        var leaving = LeavingRules.reportLeaving(Fixtures.activeEct("p-1"), "100001", null, LocalDate.of(2026, 12, 20),
                TODAY);
        assertEquals(InductionStatus.LEAVING, leaving.status());
        assertEquals(LocalDate.of(2026, 12, 20), leaving.endDate());
        assertNull(leaving.mentorPoolAndPairingsEndOn());
    }

    @Test
    void aPastDateShowsLeft() {
        // rule: OECT-2
        var left = LeavingRules.reportLeaving(Fixtures.activeEct("p-1"), "100001", LeavingRules.TRANSFERRING,
                LocalDate.of(2026, 9, 20), TODAY);
        assertEquals(InductionStatus.LEFT, left.status());
    }

    @Test
    void theDateCannotBeChangedAfterwards() {
        // rule: OECT-3, OMEN-3
        var refused = Refused.with(409, "leaving_already_reported", "OECT-3", () -> LeavingRules.reportLeaving(
                Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 12, 20), null), "100001", null,
                LocalDate.of(2026, 11, 1), TODAY));
        assertTrue(refused.detail().contains("OVR-STATUS"));
        Refused.with(409, "leaving_already_reported", "OMEN-3", () -> LeavingRules.reportLeaving(
                Fixtures.mentor("m-1", InductionStatus.LEFT, LocalDate.of(2026, 9, 20)), "100001", null,
                LocalDate.of(2026, 11, 1), TODAY));
    }

    @Test
    void onlyTransferringCanBeReported() {
        // rule: OECT-5, OMEN-4
        Refused.with(422, "leaving_reason_not_supported", "OECT-5", () -> LeavingRules.reportLeaving(
                Fixtures.activeEct("p-1"), "100001", "career_change", LocalDate.of(2026, 12, 1), TODAY));
        Refused.with(422, "leaving_reason_not_supported", "OMEN-4", () -> LeavingRules.reportLeaving(
                Fixtures.activeMentor("m-1"), "100001", "retiring", LocalDate.of(2026, 12, 1), TODAY));
    }

    @Test
    void aMentorLeavesThePoolAndPairingsOnTheDate() {
        // rule: OMEN-1, OMEN-2
        var leaving = LeavingRules.reportLeaving(Fixtures.activeMentor("m-1"), "100001", null, LocalDate.of(2027, 1, 5),
                TODAY);
        assertEquals(InductionStatus.LEAVING, leaving.status());
        assertEquals(LocalDate.of(2027, 1, 5), leaving.mentorPoolAndPairingsEndOn());
    }

    @Test
    void aLeavingDateIsNeededAndOnlyTheirSchoolReportsIt() {
        // rule: OECT-2, OECT-1
        Refused.with(422, "leaving_date_required", "OECT-2", () -> LeavingRules.reportLeaving(
                Fixtures.activeEct("p-1"), "100001", null, null, TODAY));
        Refused.with(422, "not_at_school", "OECT-1", () -> LeavingRules.reportLeaving(
                Fixtures.activeEct("p-1"), "100002", null, LocalDate.of(2026, 12, 1), TODAY));
    }
}
