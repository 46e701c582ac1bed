package uk.gov.ects.desk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/** Ticket queues in a real encrypted cache, filled through the change-feed path. */
class LocalCacheTicketsTest {

    @TempDir
    Path dir;

    private LocalCache cache;

    @BeforeEach
    void openCache() {
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        cache.applyPage(List.of(
                ticket(1, "t-1", "2026-09-29T08:00:00Z", "new", null, null, List.of("100001"), List.of()),
                ticket(2, "t-2", "2026-09-28T08:00:00Z", "new", null, null, List.of("100002"), List.of()),
                ticket(3, "t-3", "2026-09-30T08:00:00Z", "triaged", "transfer", "Ann Agent", List.of("100001"), List.of("p-1")),
                ticket(4, "t-4", "2026-09-25T08:00:00Z", "waiting_on_school", "transfer", "Bob Agent", List.of("100001"), List.of()),
                ticket(5, "t-5", "2026-09-20T08:00:00Z", "resolved", "other", "Ann Agent", List.of("100002"), List.of())), 5);
    }

    @AfterEach
    void closeCache() {
        cache.close();
    }

    @Test
    @DisplayName("Queues list tickets oldest first; Mine holds the agent's open tickets only")
    void queues() {
        assertEquals(List.of("t-2", "t-1"), ids(TicketFilter.of(TicketQueue.NEW, "Ann Agent")));
        assertEquals(List.of("t-3"), ids(TicketFilter.of(TicketQueue.MINE, "Ann Agent")));
        assertEquals(List.of("t-4"), ids(TicketFilter.of(TicketQueue.WAITING_ON_SCHOOL, "Ann Agent")));
        assertEquals(List.of("t-5"), ids(TicketFilter.of(TicketQueue.RESOLVED, "Ann Agent")));
        assertEquals(List.of("t-5", "t-4", "t-2", "t-1", "t-3"), ids(TicketFilter.of(TicketQueue.ALL, "Ann Agent")));
        assertEquals(List.of("t-4", "t-2"), cache.tickets(TicketFilter.of(TicketQueue.ALL, "x"), 1, 2).stream()
                .map(TicketDto::id).toList(), "paged");
    }

    @Test
    @DisplayName("Filters by category and by linked school narrow every queue and its count")
    void filters() {
        TicketFilter oakTransfers = new TicketFilter(TicketQueue.ALL, "Ann Agent", "transfer", "100001");
        assertEquals(List.of("t-4", "t-3"), ids(oakTransfers));
        assertEquals(2, cache.countTickets(oakTransfers));
        Map<TicketQueue, Integer> counts = cache.queueCounts(new TicketFilter(TicketQueue.NEW, "Ann Agent", null, "100001"));
        assertEquals(Map.of(TicketQueue.NEW, 1, TicketQueue.MINE, 1, TicketQueue.WAITING_ON_SCHOOL, 1,
                TicketQueue.RESOLVED, 0, TicketQueue.ALL, 3), counts);
    }

    @Test
    @DisplayName("A ticket reads back with its id, version, links, claim and notes count")
    void readsBack() {
        TicketDto ticket = cache.ticket("t-3").orElseThrow();
        assertEquals("t-3", ticket.id());
        assertEquals(3L, ticket.version());
        assertEquals(Instant.parse("2026-09-30T08:00:00Z"), ticket.receivedAt());
        assertEquals("transfer", ticket.category());
        assertEquals(List.of("p-1"), ticket.linkedOrEmpty().participants());
        assertEquals(Instant.parse("2026-10-01T09:30:00Z"), ticket.claimedUntil());
        assertEquals(2, ticket.notes());
        assertEquals(List.of("ae-1"), ticket.operations());
        assertTrue(cache.ticket("nope").isEmpty());
    }

    @Test
    @DisplayName("A changed ticket moves queue and school; a deleted one leaves every queue")
    void changesMoveTickets() {
        cache.applyPage(List.of(
                ticket(6, "t-1", "2026-09-29T08:00:00Z", "triaged", "duplicate", "Ann Agent", List.of("100002"), List.of()),
                new ChangeDto(7, "ticket", "t-2", "delete", null, null)), 7);

        assertEquals(List.of(), ids(TicketFilter.of(TicketQueue.NEW, "Ann Agent")));
        assertEquals(List.of("t-1", "t-3"), ids(TicketFilter.of(TicketQueue.MINE, "Ann Agent")));
        assertEquals(List.of("t-5", "t-1"), ids(new TicketFilter(TicketQueue.ALL, "", null, "100002")));
        assertEquals(List.of("t-3", "t-4"), ids(new TicketFilter(TicketQueue.ALL, "", null, "100001")).stream().sorted().toList());
    }

    @Test
    @DisplayName("Overview figures: open tickets by category, their arrival times, and resolution times")
    void overviewFigures() {
        assertEquals(Map.of("", 2, "transfer", 2), cache.openByCategory());
        assertEquals(4, cache.openReceivedTimes().size());
        assertEquals(Instant.parse("2026-09-25T08:00:00Z"), cache.openReceivedTimes().get(0));
        assertEquals(List.of(Instant.parse("2026-09-21T10:00:00Z")),
                cache.resolvedTimes(Instant.parse("2026-09-17T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z")));
        assertEquals(List.of(), cache.resolvedTimes(Instant.parse("2026-09-22T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z")));
    }

    @Test
    @DisplayName("Without the service's resolved_at, the time the cache saw an open ticket resolved is used")
    void resolvedSeenBySync() {
        Instant before = Instant.now();
        ChangeDto resolved = ticket(8, "t-3", "2026-09-30T08:00:00Z", "resolved", "transfer", "Ann Agent", List.of(), List.of());
        resolved.attributes().remove("resolved_at");
        cache.applyPage(List.of(resolved), 8);

        List<Instant> times = cache.resolvedTimes(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertEquals(1, times.size());
        assertFalse(times.get(0).isBefore(before.minusSeconds(1)));
    }

    private List<String> ids(TicketFilter filter) {
        return cache.tickets(filter, 0, 50).stream().map(TicketDto::id).toList();
    }

    static ChangeDto ticket(long seq, String id, String receivedAt, String status, String category, String assignee,
            List<String> schools, List<String> participants) {
        JsonObject t = new JsonObject();
        t.addProperty("received_at", receivedAt);
        t.addProperty("from_email", "head@school.example");
        t.addProperty("subject", "Ticket " + id);
        t.addProperty("body", "Please help with " + id);
        t.addProperty("school_urn", schools.isEmpty() ? null : schools.get(0));
        t.addProperty("status", status);
        t.addProperty("category", category);
        t.addProperty("priority", "normal");
        JsonObject linked = new JsonObject();
        linked.add("schools", array(schools));
        linked.add("participants", array(participants));
        t.add("linked", linked);
        t.addProperty("assignee", assignee);
        if (assignee != null) {
            t.addProperty("claimed_until", "2026-10-01T09:30:00Z");
        } else {
            t.add("claimed_until", JsonNull.INSTANCE);
        }
        t.addProperty("resolution", "resolved".equals(status) ? "Answered" : null);
        if ("resolved".equals(status)) {
            t.addProperty("resolved_at", "2026-09-21T10:00:00Z");
        }
        t.add("operations", array(List.of("ae-1")));
        t.addProperty("notes", 2);
        return new ChangeDto(seq, "ticket", id, "upsert", seq, t);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
