package uk.gov.ects.desk.model.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.tickets.TicketAge.Band;
import uk.gov.ects.desk.model.tickets.TicketAge.Standing;

/** Ticket answer targets: urgent 4 h, high 1, normal 2, low 5 working days; weekends do not count. */
class TicketAgeTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    // Thursday 1 October 2026, 10:00 UK time
    private static final Instant THURSDAY_10 = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    @DisplayName("Targets by priority; an unknown priority counts as normal")
    void targets() {
        assertEquals(Duration.ofHours(4), TicketAge.target("urgent"));
        assertEquals(Duration.ofDays(1), TicketAge.target("high"));
        assertEquals(Duration.ofDays(2), TicketAge.target("normal"));
        assertEquals(Duration.ofDays(5), TicketAge.target("low"));
        assertEquals(Duration.ofDays(2), TicketAge.target(null));
        assertEquals("4 h", TicketAge.of(THURSDAY_10, "urgent", THURSDAY_10, UK).targetText());
        assertEquals("1 working day", TicketAge.of(THURSDAY_10, "high", THURSDAY_10, UK).targetText());
        assertEquals("5 working days", TicketAge.of(THURSDAY_10, "low", THURSDAY_10, UK).targetText());
    }

    @Test
    @DisplayName("Age reads in minutes, hours, then working days")
    void wording() {
        assertEquals("12 min", TicketAge.of(THURSDAY_10, "normal", THURSDAY_10.plusSeconds(12 * 60 + 30), UK).waitedText());
        assertEquals("3 h", TicketAge.of(THURSDAY_10, "normal", THURSDAY_10.plus(Duration.ofMinutes(200)), UK).waitedText());
        assertEquals("1 working day", TicketAge.of(THURSDAY_10, "normal", THURSDAY_10.plus(Duration.ofHours(30)), UK).waitedText());
    }

    @Test
    @DisplayName("A weekend does not count: Friday 16:00 to Monday 16:00 is one working day")
    void weekendsSkipped() {
        Instant friday16 = Instant.parse("2026-10-02T15:00:00Z");
        Instant monday16 = Instant.parse("2026-10-05T15:00:00Z");
        assertEquals(Duration.ofDays(1), TicketAge.workingTime(friday16, monday16, UK));
        TicketAge high = TicketAge.of(friday16, "high", monday16, UK);
        assertEquals("1 working day", high.waitedText());
        assertEquals(Standing.NEARLY_DUE, high.standing(), "exactly at target is due, not yet overdue");
        Instant saturday = Instant.parse("2026-10-03T10:00:00Z");
        assertEquals(Duration.ZERO, TicketAge.workingTime(saturday, saturday.plus(Duration.ofHours(20)), UK));
    }

    @Test
    @DisplayName("Within target below 75%, nearly due from 75%, overdue past the target")
    void standing() {
        assertEquals(Standing.WITHIN_TARGET, TicketAge.of(THURSDAY_10, "urgent", THURSDAY_10.plus(Duration.ofMinutes(179)), UK).standing());
        assertEquals(Standing.NEARLY_DUE, TicketAge.of(THURSDAY_10, "urgent", THURSDAY_10.plus(Duration.ofHours(3)), UK).standing());
        assertEquals(Standing.OVERDUE, TicketAge.of(THURSDAY_10, "urgent", THURSDAY_10.plus(Duration.ofMinutes(241)), UK).standing());
        assertEquals(Standing.WITHIN_TARGET, TicketAge.of(THURSDAY_10, "low", THURSDAY_10.plus(Duration.ofDays(3)), UK).standing(),
                "Thursday to Sunday is one and a bit working days of five");
    }

    @Test
    @DisplayName("Age bands for the overview")
    void bands() {
        assertEquals(Band.UNDER_4_HOURS, band(Duration.ofHours(3)));
        assertEquals(Band.UNDER_1_DAY, band(Duration.ofHours(5)));
        assertEquals(Band.ONE_TO_2_DAYS, band(Duration.ofHours(30)));
        assertEquals(Band.TWO_TO_5_DAYS, band(Duration.ofDays(5)));
        assertEquals(Band.OVER_5_DAYS, band(Duration.ofDays(9)));
    }

    private static Band band(Duration waited) {
        return new TicketAge(waited, Duration.ofDays(2)).band();
    }

    @Test
    @DisplayName("Clocks going back in October do not make a day longer than it was")
    void clockChange() {
        Instant fridayMidnight = Instant.parse("2026-10-22T23:00:00Z"); // Fri 23 Oct 00:00 BST
        Instant mondayMidnight = Instant.parse("2026-10-26T00:00:00Z"); // Mon 26 Oct 00:00 GMT
        assertEquals(Duration.ofDays(1), TicketAge.workingTime(fridayMidnight, mondayMidnight, UK));
        assertEquals(Duration.ZERO, TicketAge.workingTime(mondayMidnight, fridayMidnight, UK));
    }
}
