package uk.gov.ects.desk.gui.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.fakes.TestData;

class PartnershipDetailFormatterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private final PartnershipDetailFormatter formatter = new PartnershipDetailFormatter(TestData.CLOCK);

    @Test
    @DisplayName("Challenge deadline told relative to today: open until the end of the deadline day (PART-3)")
    void deadlineWords() { // rule: PART-3
        assertEquals("closes in 12 days", DeadlineWording.describe(LocalDate.of(2026, 10, 13), TODAY));
        assertEquals("closes tomorrow", DeadlineWording.describe(LocalDate.of(2026, 10, 2), TODAY));
        assertEquals("closes today", DeadlineWording.describe(TODAY, TODAY));
        assertEquals("closed 30 Sep 2026", DeadlineWording.describe(LocalDate.of(2026, 9, 30), TODAY));
        assertEquals("closed 3 Oct 2026", DeadlineWording.describe(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 11, 1)));
    }

    @Test
    @DisplayName("Active partnership: school, cohort, providers, reported time and how long is left to challenge")
    void active() { // rule: PART-3
        DetailSheet sheet = formatter.format(TestData.partnership("active", LocalDate.of(2026, 10, 13)));

        assertEquals("Oak Primary, cohort 2026", sheet.title());
        assertEquals("Oak Primary (URN 100001)", sheet.value("School"));
        assertEquals("Ambition Institute", sheet.value("Lead provider"));
        assertEquals("North Teaching Partnership", sheet.value("Delivery partner"));
        assertEquals("1 Jun 2026, 11:00", sheet.value("Reported"));
        assertEquals("13 Oct 2026 (closes in 12 days)", sheet.value("Challenge deadline"));
        assertEquals("Active", sheet.value("Status"));
        assertThrows(IllegalArgumentException.class, () -> sheet.value("Challenge reason"));
    }

    @Test
    @DisplayName("Challenged partnership: the reason in plain words and when; a past deadline reads 'Closed'")
    void challenged() { // rule: PART-3
        DetailSheet sheet = formatter.format(TestData.partnership("challenged", LocalDate.of(2026, 9, 15)));

        assertEquals("Challenged", sheet.value("Status"));
        assertEquals("The school is working with another provider", sheet.value("Challenge reason"));
        assertEquals("20 Sep 2026, 11:00", sheet.value("Challenged"));
        assertEquals("Closed 15 Sep 2026", sheet.value("Challenge deadline"));
    }
}
