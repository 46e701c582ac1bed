package uk.gov.ects.desk.service.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.sql.Rows;

/**
 * Records audit events (X-AUDIT) inside the caller's write transaction, so an event commits with
 * the change it describes or not at all. One event per target: an operation that touches a school
 * and its partnership records one event on each, so every history endpoint finds it.
 */
public final class AuditLog {

    private AuditLog() {
    }

    /** Records one event and answers its id. {@code reason} and {@code ticketId} may be null. */
    public static String record(Connection tx, Actor actor, String operation, String targetType, String targetId,
            List<FieldChange> changes, String reason, String ticketId, Instant at) throws SQLException {
        String id = "ae-" + UUID.randomUUID();
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO audit_events (id, occurred_at, actor_name, "
                + "actor_kind, operation, target_type, target_id, changes, reason, ticket_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setObject(2, Rows.param(at));
            insert.setString(3, actor.name());
            insert.setString(4, actor.kind().code());
            insert.setString(5, operation);
            insert.setString(6, targetType);
            insert.setString(7, targetId);
            insert.setString(8, changesJson(changes));
            insert.setString(9, reason);
            insert.setString(10, ticketId);
            insert.executeUpdate();
        }
        return id;
    }

    private static String changesJson(List<FieldChange> changes) {
        List<Map<String, Object>> rows = changes.stream().map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", change.field());
            row.put("before", change.before());
            row.put("after", change.after());
            return row;
        }).toList();
        return Json.GSON.toJson(rows);
    }
}
