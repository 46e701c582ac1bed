package uk.gov.ects.desk.gui.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.client.cache.TicketFilter;
import uk.gov.ects.desk.client.cache.TicketQueries;
import uk.gov.ects.desk.client.cache.TicketQueue;

/** Tickets in memory, queued the way the cache queues them (oldest first). */
public final class FakeTickets implements TicketQueries {

    public final List<TicketDto> tickets = new ArrayList<>();
    public final Map<String, Instant> resolvedAt = new LinkedHashMap<>();

    public FakeTickets with(TicketDto ticket) {
        tickets.add(ticket);
        return this;
    }

    public static TicketDto ticket(String id, Instant received, String status, String category, String priority,
            String assignee, String subject, String body, List<String> schools) {
        return new TicketDto(id, 1L, received, "head@oak.sch.uk", subject, body, schools.isEmpty() ? null : schools.get(0),
                status, category, priority, new TicketLinksDto(schools, List.of()), assignee,
                assignee == null ? null : received.plusSeconds(1800), null, null, List.of(), 0);
    }

    private synchronized Stream<TicketDto> matching(TicketFilter filter) {
        return List.copyOf(tickets).stream().filter(t -> inQueue(t, filter))
                .filter(t -> filter.category() == null || filter.category().equals(t.category()))
                .filter(t -> filter.schoolUrn() == null || t.linkedOrEmpty().schools().contains(filter.schoolUrn()))
                .sorted(Comparator.comparing(TicketDto::receivedAt).thenComparing(TicketDto::id));
    }

    private static boolean inQueue(TicketDto t, TicketFilter filter) {
        return switch (filter.queue()) {
            case NEW -> "new".equals(t.status());
            case MINE -> filter.agentName() != null && filter.agentName().equals(t.assignee()) && !"resolved".equals(t.status());
            case WAITING_ON_SCHOOL -> "waiting_on_school".equals(t.status());
            case RESOLVED -> "resolved".equals(t.status());
            case ALL -> true;
        };
    }

    @Override
    public List<TicketDto> tickets(TicketFilter filter, int offset, int limit) {
        return matching(filter).skip(offset).limit(limit).toList();
    }

    @Override
    public int countTickets(TicketFilter filter) {
        return (int) matching(filter).count();
    }

    @Override
    public Map<TicketQueue, Integer> queueCounts(TicketFilter filter) {
        Map<TicketQueue, Integer> counts = new EnumMap<>(TicketQueue.class);
        for (TicketQueue queue : TicketQueue.values()) {
            counts.put(queue, countTickets(filter.inQueue(queue)));
        }
        return counts;
    }

    @Override
    public synchronized Optional<TicketDto> ticket(String id) {
        return tickets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Map<String, Integer> openByCategory() {
        Map<String, Integer> counts = new TreeMap<>();
        tickets.stream().filter(t -> !"resolved".equals(t.status()))
                .forEach(t -> counts.merge(t.category() == null ? "" : t.category(), 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized List<Instant> openReceivedTimes() {
        return tickets.stream().filter(t -> !"resolved".equals(t.status())).map(TicketDto::receivedAt).sorted().toList();
    }

    @Override
    public synchronized List<Instant> resolvedTimes(Instant from, Instant to) {
        return resolvedAt.values().stream().filter(at -> !at.isBefore(from) && at.isBefore(to)).sorted().toList();
    }
}
