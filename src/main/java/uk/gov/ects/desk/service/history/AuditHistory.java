package uk.gov.ects.desk.service.history;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/**
 * The audit events of a resource, newest first (X-AUDIT), as {@code audit_event} resources:
 * {@code occurred_at, actor_name, actor_kind, operation, target_type, target_id, changes, reason,
 * ticket_id}. Audit events never change, so their version is always 1.
 */
public final class AuditHistory {

    public static final String TYPE = "audit_event";

    private final Database database;

    public AuditHistory(Database database) {
        this.database = database;
    }

    /** Serves the history of {@code targetIds} (several when participants were merged, OVR-MERGE). */
    public void serve(Context ctx, String targetType, List<String> targetIds) {
        Select select = new Select("SELECT id, occurred_at AS at FROM audit_events")
                .where("target_type = ?", targetType)
                .where("target_id IN (" + Batches.placeholders(targetIds.size()) + ")", targetIds.toArray());
        KeysetList.byTime(ctx, database, select, "occurred_at", "id", true, (c, ids) -> {
            Map<String, Resource> events = new HashMap<>();
            Batches.query(c, "SELECT * FROM audit_events WHERE id IN (%s)", ids, rs -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("occurred_at", Rows.instant(rs, "occurred_at"));
                a.put("actor_name", rs.getString("actor_name"));
                a.put("actor_kind", rs.getString("actor_kind"));
                a.put("operation", rs.getString("operation"));
                a.put("target_type", rs.getString("target_type"));
                a.put("target_id", rs.getString("target_id"));
                a.put("changes", Json.parseStored(rs.getString("changes")));
                a.put("reason", rs.getString("reason"));
                a.put("ticket_id", rs.getString("ticket_id"));
                events.put(rs.getString("id"), new Resource(rs.getString("id"), TYPE, 1, a));
            });
            return ids.stream().map(events::get).filter(Objects::nonNull).toList();
        });
    }
}
