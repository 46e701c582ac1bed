package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The cache's ticket queries. Each queue is a condition on an indexed column (status, assignee),
 * narrowed by category and by a linked school through {@code ticket_links}; every list is sorted
 * by {@code received_at}, oldest first.
 */
final class TicketSearch {

    private static final String RESOLVED = "resolved";

    private final LocalCache cache;

    TicketSearch(LocalCache cache) {
        this.cache = cache;
    }

    List<TicketDto> tickets(TicketFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, version, json FROM tickets" + where.sql()
                    + " ORDER BY received_at, id LIMIT ? OFFSET ?")) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    List<TicketDto> tickets = new ArrayList<>();
                    while (rs.next()) {
                        tickets.add(ticket(rs.getString(1), rs.getLong(2), rs.getString(3)));
                    }
                    return tickets;
                }
            }
        });
    }

    int count(TicketFilter filter) {
        Where where = where(filter);
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM tickets" + where.sql())) {
                bind(s, where.params());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    Map<TicketQueue, Integer> queueCounts(TicketFilter filter) {
        Map<TicketQueue, Integer> counts = new EnumMap<>(TicketQueue.class);
        for (TicketQueue queue : TicketQueue.values()) {
            counts.put(queue, count(filter.inQueue(queue)));
        }
        return counts;
    }

    Optional<TicketDto> ticket(String id) {
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, version, json FROM tickets WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(ticket(rs.getString(1), rs.getLong(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    Map<String, Integer> openByCategory() {
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(category, ''), COUNT(*) FROM tickets "
                    + "WHERE status <> ? GROUP BY COALESCE(category, '') ORDER BY 1")) {
                s.setString(1, RESOLVED);
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                    return counts;
                }
            }
        });
    }

    List<Instant> openReceivedTimes() {
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT received_at FROM tickets WHERE status <> ? ORDER BY received_at")) {
                s.setString(1, RESOLVED);
                try (ResultSet rs = s.executeQuery()) {
                    List<Instant> times = new ArrayList<>();
                    while (rs.next()) {
                        String text = rs.getString(1);
                        if (text != null) {
                            times.add(Instant.parse(text));
                        }
                    }
                    return times;
                }
            }
        });
    }

    List<Instant> resolvedTimes(Instant from, Instant to) {
        return cache.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT resolved_at FROM tickets "
                    + "WHERE resolved_at >= ? AND resolved_at < ? ORDER BY resolved_at")) {
                s.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                s.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    List<Instant> times = new ArrayList<>();
                    while (rs.next()) {
                        times.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                    }
                    return times;
                }
            }
        });
    }

    /** The resource's attributes with its id and version, as one DTO. */
    private static TicketDto ticket(String id, long version, String json) {
        JsonObject attributes = JsonParser.parseString(json).getAsJsonObject();
        attributes.addProperty("id", id);
        attributes.addProperty("version", version);
        return ApiJson.attributes(attributes, TicketDto.class);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(TicketFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        switch (filter.queue()) {
            case NEW -> condition(conditions, params, "status = ?", "new");
            case WAITING_ON_SCHOOL -> condition(conditions, params, "status = ?", "waiting_on_school");
            case RESOLVED -> condition(conditions, params, "status = ?", RESOLVED);
            case MINE -> {
                condition(conditions, params, "assignee = ?", filter.agentName() == null ? "" : filter.agentName());
                condition(conditions, params, "status <> ?", RESOLVED);
            }
            case ALL -> { }
        }
        if (filter.category() != null) {
            condition(conditions, params, "category = ?", filter.category());
        }
        if (filter.schoolUrn() != null) {
            condition(conditions, params,
                    "id IN (SELECT ticket_id FROM ticket_links WHERE kind = 'school' AND target_id = ?)",
                    filter.schoolUrn());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void condition(List<String> conditions, List<Object> params, String sql, Object value) {
        conditions.add(sql);
        params.add(value);
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }
}
