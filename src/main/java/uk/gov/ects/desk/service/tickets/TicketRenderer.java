package uk.gov.ects.desk.service.tickets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/**
 * Renders support tickets (api.md "Tickets", docs/api-resources.md). {@code operations} are the
 * audit events named when the ticket was resolved, then every other event whose write carried
 * this {@code ticket_id}, oldest first; {@code notes} counts the notes on {@code ticket:ID}.
 */
public final class TicketRenderer implements ResourceRenderer {

    @Override
    public String type() {
        return TicketStore.TYPE;
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Set<String>> operations = new HashMap<>();
        Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Batches.query(c, "SELECT * FROM tickets WHERE id IN (%s)", ids, rs -> {
            String id = rs.getString("id");
            TicketLinks links = TicketLinks.parse(rs.getString("linked"));
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("received_at", Rows.instant(rs, "received_at"));
            a.put("from_email", rs.getString("from_email"));
            a.put("subject", rs.getString("subject"));
            a.put("body", rs.getString("body"));
            a.put("school_urn", rs.getString("school_urn"));
            a.put("status", rs.getString("status"));
            a.put("category", rs.getString("category"));
            a.put("priority", rs.getString("priority"));
            a.put("linked", links.linkedAttribute());
            a.put("assignee", rs.getString("assignee"));
            a.put("claimed_until", Rows.instant(rs, "claimed_until"));
            a.put("resolution", rs.getString("resolution"));
            a.put("resolved_at", Rows.instant(rs, "resolved_at"));
            a.put("operations", List.of());
            a.put("notes", 0);
            attributes.put(id, a);
            versions.put(id, rs.getLong("version"));
            operations.put(id, new LinkedHashSet<>(links.operations()));
        });
        if (attributes.isEmpty()) {
            return Map.of();
        }
        Batches.query(c, "SELECT id, ticket_id FROM audit_events WHERE ticket_id IN (%s) AND target_type <> 'ticket' "
                + "ORDER BY occurred_at, id", attributes.keySet(),
                rs -> operations.get(rs.getString("ticket_id")).add(rs.getString("id")));
        List<String> noteTargets = new ArrayList<>();
        attributes.keySet().forEach(id -> noteTargets.add("ticket:" + id));
        Batches.query(c, "SELECT target, COUNT(*) AS notes FROM notes WHERE target IN (%s) GROUP BY target", noteTargets,
                rs -> attributes.get(rs.getString("target").substring("ticket:".length()))
                        .put("notes", rs.getInt("notes")));
        Map<String, Resource> rendered = new LinkedHashMap<>();
        attributes.forEach((id, a) -> {
            a.put("operations", List.copyOf(operations.get(id)));
            rendered.put(id, new Resource(id, type(), versions.get(id), a));
        });
        return rendered;
    }
}
