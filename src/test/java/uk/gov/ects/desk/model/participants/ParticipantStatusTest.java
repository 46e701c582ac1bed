package uk.gov.ects.desk.model.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.ects.desk.model.participants.InductionStatus.ACTIVE;
import static uk.gov.ects.desk.model.participants.InductionStatus.COMPLETED;
import static uk.gov.ects.desk.model.participants.InductionStatus.LEAVING;
import static uk.gov.ects.desk.model.participants.InductionStatus.LEFT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantStatusTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);

    @Test
    void leavingBeforeTheDateLeftFromTheDateItself() {
        // rule: TECT-8, OECT-3, TMEN-4
        assertEquals(LEAVING, ParticipantStatus.effectiveStatus(LEAVING, DATE, DATE.minusDays(1)));
        assertEquals(LEFT, ParticipantStatus.effectiveStatus(LEAVING, DATE, DATE));
        assertEquals(LEFT, ParticipantStatus.effectiveStatus(LEAVING, DATE, DATE.plusDays(30)));
        assertEquals(LEAVING, ParticipantStatus.effectiveStatus(LEFT, DATE, DATE.minusDays(1)));
    }

    @Test
    void otherStatusesDoNotDependOnTheDate() {
        // rule: OECT-3
        assertEquals(ACTIVE, ParticipantStatus.effectiveStatus(ACTIVE, null, DATE));
        assertEquals(COMPLETED, ParticipantStatus.effectiveStatus(COMPLETED, DATE, DATE.minusDays(5)));
    }
}
