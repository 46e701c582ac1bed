package uk.gov.ects.desk.service.emails;

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

/** Renders the emails the service sent (X-NOTIFY). */
public final class EmailRenderer implements ResourceRenderer {

    @Override
    public String type() {
        return "email";
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Resource> rendered = new LinkedHashMap<>();
        Batches.query(c, "SELECT * FROM emails WHERE id IN (%s)", ids, rs -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("to", rs.getString("to_address"));
            a.put("template", rs.getString("template"));
            a.put("subject", rs.getString("subject"));
            a.put("school_urn", rs.getString("school_urn"));
            a.put("participant_id", rs.getString("participant_id"));
            a.put("facts", Json.parseStored(rs.getString("facts")));
            a.put("sent_at", Rows.instant(rs, "sent_at"));
            rendered.put(rs.getString("id"), new Resource(rs.getString("id"), type(), rs.getLong("version"), a));
        });
        return rendered;
    }
}
