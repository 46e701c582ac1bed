package uk.gov.ects.desk.client.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The support tickets in the local cache, by queue, through the ticket indexes. Lists are sorted
 * by age, oldest first (the ticket waiting longest is answered first). Blocking: call from a
 * background task.
 */
public interface TicketQueries {

    /** One page of the filter's queue, oldest first. */
    List<TicketDto> tickets(TicketFilter filter, int offset, int limit);

    int countTickets(TicketFilter filter);

    /** How many tickets each queue holds under the filter's agent, category and school (its queue is ignored). */
    Map<TicketQueue, Integer> queueCounts(TicketFilter filter);

    Optional<TicketDto> ticket(String id);

    /** Open (not resolved) tickets per category code; uncategorised under the key {@code ""}. */
    Map<String, Integer> openByCategory();

    /** When each open ticket arrived, for age bands. */
    List<Instant> openReceivedTimes();

    /** When tickets were resolved, for those resolved in {@code [from, to)}. */
    List<Instant> resolvedTimes(Instant from, Instant to);
}
