package uk.gov.ects.desk.service.tickets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/** Renders support tickets (api.md "Tickets"). */
public final class TicketRenderer implements ResourceRenderer {

    @Override
    public String type() {
        return "ticket";
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Resource> rendered = new LinkedHashMap<>();
        Batches.query(c, "SELECT * FROM tickets WHERE id IN (%s)", ids, rs -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("received_at", Rows.instant(rs, "received_at"));
            a.put("from_email", rs.getString("from_email"));
            a.put("subject", rs.getString("subject"));
            a.put("body", rs.getString("body"));
            a.put("school_urn", rs.getString("school_urn"));
            a.put("status", rs.getString("status"));
            a.put("category", rs.getString("category"));
            a.put("priority", rs.getString("priority"));
            a.put("linked", Json.parseStored(rs.getString("linked")));
            a.put("assignee", rs.getString("assignee"));
            a.put("claimed_until", Rows.instant(rs, "claimed_until"));
            a.put("resolution", rs.getString("resolution"));
            rendered.put(rs.getString("id"), new Resource(rs.getString("id"), type(), rs.getLong("version"), a));
        });
        return rendered;
    }
}
