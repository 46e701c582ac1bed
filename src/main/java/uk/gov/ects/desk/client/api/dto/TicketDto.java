package uk.gov.ects.desk.client.api.dto;

import java.time.Instant;
import java.util.List;

/**
 * A support ticket as the Support API returns it (docs/api-resources.md "ticket"). {@code id} and
 * {@code version} come from the resource around the attributes; the cache fills them in.
 * {@code resolvedAt} is the service's time of resolving (null while open, or when the service does
 * not know it); {@code operations} are audit event ids; {@code notes} is how many notes the ticket has.
 */
public record TicketDto(
        String id, Long version,
        Instant receivedAt, String fromEmail, String subject, String body, String schoolUrn,
        String status, String category, String priority, TicketLinksDto linked,
        String assignee, Instant claimedUntil, String resolution, Instant resolvedAt,
        List<String> operations, Integer notes) {

    public TicketLinksDto linkedOrEmpty() {
        return linked == null ? TicketLinksDto.NONE : linked;
    }

    /** True while someone holds the claim at {@code now}. */
    public boolean claimedAt(Instant now) {
        return assignee != null && claimedUntil != null && claimedUntil.isAfter(now);
    }
}
