package uk.gov.ects.desk.model.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @Test
    void cohortStartsOnFirstSeptember() {
        assertEquals(2025, CohortCalendar.currentCohort(LocalDate.of(2026, 8, 31)));
        assertEquals(2026, CohortCalendar.currentCohort(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void januaryToMayStartsBelongToThePreviousYearsCohort() {
        // rule: OVR-INDUCTION-START
        assertEquals(2025, CohortCalendar.cohortForInductionStart(LocalDate.of(2026, 1, 5), TODAY));
        assertEquals(2025, CohortCalendar.cohortForInductionStart(LocalDate.of(2026, 5, 31), TODAY));
        assertEquals(2026, CohortCalendar.cohortForInductionStart(LocalDate.of(2026, 6, 1), TODAY));
        assertEquals(2026, CohortCalendar.cohortForInductionStart(LocalDate.of(2026, 12, 31), TODAY));
    }

    @Test
    void startsBeforeTheServiceBelongToTheCurrentCohort() {
        assertEquals(2026, CohortCalendar.cohortForInductionStart(LocalDate.of(2020, 9, 1), TODAY));
    }

    @Test
    void registrationWithoutStartDateGoesToNextCohortFromApril() {
        assertEquals(2026, CohortCalendar.cohortForRegistration(LocalDate.of(2027, 3, 31)));
        assertEquals(2027, CohortCalendar.cohortForRegistration(LocalDate.of(2027, 4, 1)));
        assertEquals(2027, CohortCalendar.cohortForRegistration(LocalDate.of(2027, 9, 2)));
    }
}
