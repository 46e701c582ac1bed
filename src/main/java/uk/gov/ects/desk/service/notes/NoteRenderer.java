package uk.gov.ects.desk.service.notes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/** Renders support notes (OVR-NOTE). */
public final class NoteRenderer implements ResourceRenderer {

    public static final String TYPE = "note";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Resource> rendered = new LinkedHashMap<>();
        Batches.query(c, "SELECT * FROM notes WHERE id IN (%s)", ids, rs -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("target", rs.getString("target"));
            a.put("body", rs.getString("body"));
            a.put("author", rs.getString("author"));
            a.put("created_at", Rows.instant(rs, "created_at"));
            rendered.put(rs.getString("id"), new Resource(rs.getString("id"), type(), rs.getLong("version"), a));
        });
        return rendered;
    }
}
