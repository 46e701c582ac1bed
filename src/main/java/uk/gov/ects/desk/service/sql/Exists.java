package uk.gov.ects.desk.service.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import uk.gov.ects.desk.service.store.Database;

/** Whether a row with this key exists; {@code table} and {@code column} are constants of ours. */
public final class Exists {

    private Exists() {
    }

    public static boolean row(Database database, String table, String column, String key) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT 1 FROM " + table + " WHERE " + column + " = ?")) {
                query.setString(1, key);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
