package uk.gov.ects.desk.service.writes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.service.sql.Rows;

/** Small statement helpers for write repositories: parameters bound in order, instants as UTC. */
public final class Sql {

    private Sql() {
    }

    public static int update(Connection tx, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(tx, sql, values)) {
            return statement.executeUpdate();
        }
    }

    public static <T> Optional<T> one(Connection tx, String sql, RowMapper<T> mapper, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(tx, sql, values); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    public static <T> List<T> list(Connection tx, String sql, RowMapper<T> mapper, Object... values)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(tx, sql, values); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    public static boolean exists(Connection tx, String sql, Object... values) throws SQLException {
        return one(tx, sql, rs -> Boolean.TRUE, values).isPresent();
    }

    private static PreparedStatement prepare(Connection tx, String sql, Object... values) throws SQLException {
        PreparedStatement statement = tx.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Instant instant ? Rows.param(instant) : values[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
