package uk.gov.ects.desk.model.teachers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingEligibilityTest {

    private static final LocalDate QTS = LocalDate.of(2026, 7, 1);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static TeacherRecord record(boolean alert, LocalDate qts, LocalDate start, LocalDate completed, String status) {
        return new TeacherRecord("1234567", "Jane Smith", LocalDate.of(1995, 4, 12), null, "Active", alert, qts,
                start, completed, status);
    }

    private static Eligibility ect(TeacherRecord record) {
        return FundingEligibility.assess(new EligibilityFacts(false, record, false, false, false));
    }

    @Test
    void ectWithQtsAndStartDateIsEligible() {
        assertEquals(new Eligibility("eligible", "none"), ect(record(false, QTS, START, null, "InProgress")));
    }

    @Test
    void ectWithoutQtsNeedsAManualCheck() {
        // rule: ECT-10
        assertEquals(new Eligibility("manual_check", "no_qts"), ect(record(false, null, START, null, null)));
    }

    @Test
    void firstRuleThatAppliesWins() {
        // An alert beats everything else, even a missing QTS.
        assertEquals("active_flags", ect(record(true, null, START, null, null)).reason());
        assertEquals(new Eligibility("ineligible", "previous_participation"), FundingEligibility.assess(
                new EligibilityFacts(false, record(false, null, START, null, null), true, false, false)));
    }

    @Test
    void previousInductionExemptionAndMissingStart() {
        assertEquals("previous_induction", ect(record(false, QTS, START, LocalDate.of(2024, 7, 1), "Pass")).reason());
        assertEquals("previous_induction", ect(record(false, QTS, LocalDate.of(2020, 9, 1), null, "Fail")).reason());
        assertEquals("eligible", ect(record(false, QTS, LocalDate.of(2020, 9, 1), null, "InProgress")).status());
        assertEquals("exempt_from_induction", ect(record(false, QTS, START, null, "Exempt")).reason());
        assertEquals(new Eligibility("manual_check", "no_induction"), ect(record(false, QTS, null, null, null)));
    }

    @Test
    void mentorsNeedNoQtsButDuplicatesAndOtherTrnsAreCaught() {
        TeacherRecord noQts = record(false, null, null, null, null);
        assertEquals("eligible", FundingEligibility.assess(new EligibilityFacts(true, noQts, false, false, false)).status());
        assertEquals("duplicate_profile",
                FundingEligibility.assess(new EligibilityFacts(true, noQts, false, false, true)).reason());
        assertEquals("different_trn",
                FundingEligibility.assess(new EligibilityFacts(true, noQts, false, true, false)).reason());
    }
}
