package uk.gov.ects.desk.service.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A SELECT built from optional filters, so each list endpoint states only its own conditions. */
public final class Select {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String orderBy = "";
    private int limit = -1;

    public Select(String selectFrom) {
        this.from = selectFrom;
    }

    public Select where(String condition, Object... values) {
        conditions.add("(" + condition + ")");
        parameters.addAll(List.of(values));
        return this;
    }

    public Select orderBy(String order) {
        this.orderBy = " ORDER BY " + order;
        return this;
    }

    public Select limit(int rows) {
        this.limit = rows;
        return this;
    }

    public void forEach(Connection c, Batches.RowHandler rows) throws SQLException {
        StringBuilder sql = new StringBuilder(from);
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(orderBy);
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        try (PreparedStatement statement = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.handle(rs);
                }
            }
        }
    }

    /** A LIKE pattern that matches {@code text} anywhere, with LIKE's wildcards taken literally. */
    public static String contains(String text) {
        return "%" + escapeLike(text) + "%";
    }

    public static String startsWith(String text) {
        return escapeLike(text) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
