package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import java.time.Instant;

/**
 * One change in the outbox.
 *
 * @param operation       the rule or operation ID (e.g. {@code OVR-NOTE}, {@code SIT-2})
 * @param baseVersion     the target's version the change was made on (sent as If-Match); null for create-only writes
 * @param afterEntry      an earlier entry on the same target this one was made on top of; when that one
 *                        applies this one's base version moves to the version it produced
 * @param idempotencyKey  made once at enqueue; every send of this entry uses it
 * @param response        applied: the service's answer ({@code data} and {@code meta}); conflict: the 412 body
 * @param current         conflict: the resource as the service has it now ({@code meta.current})
 * @param currentVersion  conflict: its version, which {@link Outbox#reapplyOnCurrent} sends as If-Match
 */
public record OutboxEntry(long id, String operation, String summary, String method, String path,
        OutboxTarget target, JsonObject body, Long baseVersion, Long afterEntry, String idempotencyKey,
        Instant createdAt, int attempts, Instant nextAttemptAt, OutboxState state, OutboxError error,
        JsonObject response, JsonObject current, Long currentVersion, Instant updatedAt) {
}
