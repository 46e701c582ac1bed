package uk.gov.ects.desk.service.writes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Where each resource type keeps its {@code version}, so a write can bump it. */
final class VersionedResources {

    private record Row(String table, String key) {
    }

    private static final Map<String, Row> ROWS = Map.of(
            "school", new Row("schools", "urn"),
            "participant", new Row("participants", "id"),
            "partnership", new Row("partnerships", "id"),
            "ticket", new Row("tickets", "id"),
            "note", new Row("notes", "id"),
            "email", new Row("emails", "id"));

    private VersionedResources() {
    }

    static void bump(Connection tx, Target target) throws SQLException {
        Row row = ROWS.get(target.type());
        if (row == null) {
            throw new IllegalArgumentException("No versioned table for type " + target.type());
        }
        Sql.update(tx, "UPDATE " + row.table() + " SET version = version + 1 WHERE " + row.key() + " = ?", target.id());
    }
}
