package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * One change in the outbox.
 *
 * @param operation       the rule or operation ID (e.g. {@code OVR-NOTE}, {@code SIT-2})
 * @param baseVersion     the target's version the change was made on (sent as If-Match); null for create-only writes
 * @param afterEntry      an earlier entry on the same target this one was made on top of; when that one
 *                        applies this one's base version moves to the version it produced
 * @param idempotencyKey  made once at enqueue; every send of this entry uses it
 * @param response        applied: the service's answer ({@code data} and {@code meta}); conflict: the 412 body
 * @param seen            the record as the agent saw it when the change was queued ({@code id, type, version,
 *                        attributes}), or the version it was re-applied on; null for create-only writes and for
 *                        changes queued before the outbox kept it
 * @param current         conflict: the resource as the service has it now ({@code meta.current})
 * @param currentVersion  conflict: its version, which {@link Outbox#reapplyOnCurrent} sends as If-Match
 */
public record OutboxEntry(long id, String operation, String summary, String method, String path,
        OutboxTarget target, JsonObject body, Long baseVersion, Long afterEntry, String idempotencyKey,
        Instant createdAt, int attempts, Instant nextAttemptAt, OutboxState state, OutboxError error,
        JsonObject response, JsonObject seen, JsonObject current, Long currentVersion, Instant updatedAt) {

    /**
     * The record's attributes with this change made on them, as the cache shows a waiting change;
     * empty for changes the app cannot show on the record (the service alone works those out).
     */
    public Optional<JsonObject> appliedTo(JsonObject attributes) {
        if (attributes == null || !OptimisticChanges.knows(this)) {
            return Optional.empty();
        }
        return Optional.of(OptimisticChanges.onTarget(this, attributes));
    }
}
