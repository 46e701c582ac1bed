package uk.gov.ects.desk.model.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChallengeDeadlineTest {

    private static final LocalDate COHORT_2026_START = LocalDate.of(2026, 9, 1);

    @Test
    void earlyReportGetsThreeMonthsAfterCohortStart() {
        // rule: PART-3
        assertEquals(LocalDate.of(2026, 12, 1),
                ChallengeDeadline.of(Instant.parse("2026-06-01T10:00:00Z"), COHORT_2026_START));
    }

    @Test
    void lateReportGetsFourteenDaysAfterReport() {
        // rule: PART-3
        assertEquals(LocalDate.of(2027, 1, 24),
                ChallengeDeadline.of(Instant.parse("2027-01-10T10:00:00Z"), COHORT_2026_START));
    }

    @Test
    void reportLateInTheEveningCountsAsThatEnglishDay() {
        // rule: PART-3 — in winter London is on GMT, so 23:30 UTC is still 30 November.
        assertEquals(LocalDate.of(2026, 12, 14),
                ChallengeDeadline.of(Instant.parse("2026-11-30T23:30:00Z"), COHORT_2026_START));
        // In summer, 23:30 UTC is 00:30 BST the next day.
        assertEquals(LocalDate.of(2027, 7, 16),
                ChallengeDeadline.of(Instant.parse("2027-07-01T23:30:00Z"), COHORT_2026_START));
    }

    @Test
    void windowIncludesTheDeadlineDayAndClosesAfter() {
        // rule: PART-5
        LocalDate deadline = LocalDate.of(2026, 12, 1);
        assertTrue(ChallengeDeadline.isOpen(deadline, deadline));
        assertFalse(ChallengeDeadline.isOpen(deadline, deadline.plusDays(1)));
    }
}
