package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeTickets;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.tickets.OverviewViewModel.Bar;

class OverviewViewModelTest {

    @TempDir
    Path dir;

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

    @Test
    @DisplayName("SUP-2: tickets a fresh cache first sees already resolved count on the day the service resolved them; "
            + "one resolved 15 days ago does not")
    void resolvedPerDayFromTheServicesResolvedAt() {
        try (LocalCache cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")))) {
            cache.applyPage(List.of(
                    resolved(1, "t-today", "2026-10-01T08:15:00Z"),
                    resolved(2, "t-yesterday-1", "2026-09-30T10:00:00Z"),
                    resolved(3, "t-yesterday-2", "2026-09-30T15:45:00Z"),
                    resolved(4, "t-week", "2026-09-24T11:00:00Z"),
                    resolved(5, "t-15-days", "2026-09-16T12:00:00Z"),
                    open(6, "t-open")), 6);
            OverviewViewModel overview = new OverviewViewModel(cache, new CurrentThreadTaskExecutor(), TestData.CLOCK);

            overview.refresh();

            List<Bar> perDay = overview.resolvedPerDayProperty().get();
            assertEquals(14, perDay.size());
            assertEquals(new Bar("Fri 18 Sep", 0), perDay.get(0), "the 15-day-old resolution is before the chart");
            assertEquals(new Bar("Thu 24 Sep", 1), perDay.get(6));
            assertEquals(new Bar("Wed 30 Sep", 2), perDay.get(12));
            assertEquals(new Bar("Thu 1 Oct", 1), perDay.get(13));
            assertEquals(4, perDay.stream().mapToInt(Bar::count).sum());
            assertEquals("1 open ticket; 4 tickets resolved in the last 14 days.", overview.summaryProperty().get());
            assertEquals(Instant.parse("2026-09-16T12:00:00Z"), cache.ticket("t-15-days").orElseThrow().resolvedAt(),
                    "the ticket as the app reads it keeps the service's resolved_at");
        }
    }

    private static ChangeDto resolved(long seq, String id, String resolvedAt) {
        ChangeDto change = open(seq, id);
        change.attributes().addProperty("status", "resolved");
        change.attributes().addProperty("resolution", "Answered");
        change.attributes().addProperty("resolved_at", resolvedAt);
        return change;
    }

    private static ChangeDto open(long seq, String id) {
        JsonObject t = new JsonObject();
        t.addProperty("received_at", "2026-09-01T08:00:00Z");
        t.addProperty("from_email", "head@school.example");
        t.addProperty("subject", "Ticket " + id);
        t.addProperty("body", "Please help with " + id);
        t.addProperty("status", "new");
        t.addProperty("category", "other");
        t.addProperty("priority", "normal");
        JsonObject linked = new JsonObject();
        linked.add("schools", new JsonArray());
        linked.add("participants", new JsonArray());
        t.add("linked", linked);
        t.add("operations", new JsonArray());
        t.addProperty("notes", 0);
        return new ChangeDto(seq, "ticket", id, "upsert", seq, t);
    }
}
