package uk.gov.ects.desk.client.activity;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a record's history (an {@code audit_event}, docs/api-resources.md): who did what,
 * when, which fields changed, why and under which ticket.
 */
public record AuditEvent(String id, Instant occurredAt, String actorName, String actorKind, String operation,
        String targetType, String targetId, List<FieldChange> changes, String reason, String ticketId) {

    public AuditEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One changed field; {@code before} and {@code after} are the service's values as text, null when empty. */
    public record FieldChange(String field, String before, String after) {
    }
}
