package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/**
 * One cached resource by type and id, read or written inside the caller's cache transaction
 * (see {@link LocalCache#inTransaction}). Writes go through the same code as the change feed, so
 * the table columns and search terms stay in step with the JSON.
 */
public final class CachedResources {

    private static final Map<String, String> SELECTS = Map.of(
            "school", "SELECT version, json FROM schools WHERE urn = ?",
            "participant", "SELECT version, json FROM participants WHERE id = ?",
            "partnership", "SELECT version, json FROM partnerships WHERE id = ?",
            "note", "SELECT version, json FROM notes WHERE id = ?",
            "email", "SELECT version, json FROM emails WHERE id = ?",
            "ticket", "SELECT version, json FROM tickets WHERE id = ?");

    private CachedResources() {
    }

    public static Optional<ResourceDto> find(Connection tx, String type, String id) throws SQLException {
        String select = SELECTS.getOrDefault(type, "SELECT version, json FROM reference_data WHERE id = ? AND type = ?");
        try (PreparedStatement statement = tx.prepareStatement(select)) {
            statement.setString(1, id);
            if (!SELECTS.containsKey(type)) {
                statement.setString(2, type);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResourceDto(id, type, rs.getLong(1),
                        JsonParser.parseString(rs.getString(2)).getAsJsonObject()));
            }
        }
    }

    /** Inserts or replaces the resource (with its search terms). */
    public static void put(Connection tx, ResourceDto resource) throws SQLException {
        long version = resource.version() == null ? 0 : resource.version();
        try (ChangeWriter writer = new ChangeWriter(tx)) {
            writer.apply(new ChangeDto(0, resource.type(), resource.id(), "upsert", version, resource.attributes()));
        }
    }

    public static void delete(Connection tx, String type, String id) throws SQLException {
        try (ChangeWriter writer = new ChangeWriter(tx)) {
            writer.apply(new ChangeDto(0, type, id, "delete", null, null));
        }
    }
}
