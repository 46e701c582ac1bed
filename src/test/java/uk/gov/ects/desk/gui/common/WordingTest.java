package uk.gov.ects.desk.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void countsWithThousandsSeparatorAndPlural() {
        assertEquals("1,234 schools", Wording.count(1234, "school", "schools"));
        assertEquals("1 school", Wording.count(1, "school", "schools"));
        assertEquals("0 schools", Wording.count(0, "school", "schools"));
    }

    @Test
    void saysHowLongAgo() {
        assertEquals("just now", Wording.ago(NOW.minusSeconds(20), NOW));
        assertEquals("1 minute ago", Wording.ago(NOW.minusSeconds(60), NOW));
        assertEquals("2 minutes ago", Wording.ago(NOW.minusSeconds(150), NOW));
        assertEquals("3 hours ago", Wording.ago(NOW.minusSeconds(3 * 3600 + 5), NOW));
        assertEquals("2 days ago", Wording.ago(NOW.minusSeconds(49 * 3600), NOW));
    }

    @Test
    void sizesInDecimalUnits() {
        assertEquals("12.3 MB", Wording.bytes(12_300_000));
        assertEquals("512 bytes", Wording.bytes(512));
        assertEquals("1.5 kB", Wording.bytes(1500));
        assertEquals("2.0 GB", Wording.bytes(2_000_000_000L));
    }

    @Test
    @DisplayName("A size that rounds up to the next unit is shown in that unit: 1.0 MB, not 1000.0 kB")
    void sizesJustBelowTheNextUnitAreShownInIt() {
        assertEquals("999.9 kB", Wording.bytes(999_949));
        assertEquals("1.0 MB", Wording.bytes(999_950));
        assertEquals("1.0 MB", Wording.bytes(1_000_000));
        assertEquals("1.0 GB", Wording.bytes(999_999_999L));
        assertEquals("999 bytes", Wording.bytes(999));
        assertEquals("1.0 kB", Wording.bytes(1000));
    }

    @Test
    void datesInUkStyle() {
        assertEquals("3 Oct 2026", Wording.date(LocalDate.of(2026, 10, 3)));
        assertEquals("1 Jun 2026, 11:00", Wording.dateTime(Instant.parse("2026-06-01T10:00:00Z")));
        assertEquals("Manual check", Wording.humanise("manual_check"));
    }
}
