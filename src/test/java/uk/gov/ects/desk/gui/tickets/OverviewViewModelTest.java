package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeTickets;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.tickets.OverviewViewModel.Bar;

class OverviewViewModelTest {

    @Test
    @DisplayName("Open tickets by category and by age band; resolved per UK day over the last 14 days")
    void figures() {
        FakeTickets tickets = TicketsViewModelTest.tickets();
        tickets.resolvedAt.put("t-done", Instant.parse("2026-09-30T22:30:00Z")); // 23:30 UK on Wed 30 Sep
        tickets.resolvedAt.put("t-x", Instant.parse("2026-10-01T08:00:00Z"));
        tickets.resolvedAt.put("t-y", Instant.parse("2026-09-17T23:30:00Z")); // Fri 18 Sep UK: day 1 of 14
        tickets.resolvedAt.put("t-z", Instant.parse("2026-09-17T22:30:00Z")); // Thu 17 Sep UK: too old
        OverviewViewModel overview = new OverviewViewModel(tickets, new CurrentThreadTaskExecutor(), TestData.CLOCK);

        overview.refresh();

        assertEquals(List.of(new Bar("Not categorised", 2), new Bar("Other", 1), new Bar("Transfer", 2)),
                overview.byCategoryProperty().get());
        assertEquals(List.of(new Bar("Under 4 h", 1), new Bar("4 h to 1 day", 1), new Bar("1 to 2 days", 0),
                new Bar("2 to 5 days", 2), new Bar("Over 5 days", 1)), overview.byAgeProperty().get());
        List<Bar> perDay = overview.resolvedPerDayProperty().get();
        assertEquals(14, perDay.size());
        assertEquals(new Bar("Fri 18 Sep", 1), perDay.get(0));
        assertEquals(new Bar("Wed 30 Sep", 1), perDay.get(12));
        assertEquals(new Bar("Thu 1 Oct", 1), perDay.get(13));
        assertEquals("5 open tickets; 3 tickets resolved in the last 14 days.", overview.summaryProperty().get());
    }
}
