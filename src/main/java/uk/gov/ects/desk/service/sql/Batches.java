package uk.gov.ects.desk.service.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs one query per chunk of ids ({@code IN (?, ?, ...)}), so rendering a batch of resources
 * costs a few queries however many rows it has, and stays within every driver's parameter limit.
 */
public final class Batches {

    public static final int CHUNK = 500;

    private Batches() {
    }

    /**
     * Runs {@code sql}, whose {@code %s} is replaced by the placeholders of each chunk, once per chunk
     * of {@code ids} and hands every row to {@code rows}. {@code leading} parameters come first.
     */
    public static void query(Connection c, String sql, Collection<String> ids, RowHandler rows, Object... leading)
            throws SQLException {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement statement = c.prepareStatement(sql.replace("%s", placeholders(chunk.size())))) {
                int index = 1;
                for (Object parameter : leading) {
                    statement.setObject(index++, parameter);
                }
                for (String id : chunk) {
                    statement.setString(index++, id);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.handle(rs);
                    }
                }
            }
        }
    }

    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }
}
