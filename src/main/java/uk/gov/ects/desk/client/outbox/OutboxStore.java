package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/** The outbox tables, always inside the caller's cache transaction. */
final class OutboxStore {

    private static final String COLUMNS = "id, operation, summary, http_method, path, target_type, target_id, body, "
            + "base_version, after_entry, idempotency_key, created_at, attempts, next_attempt_at, state, error_message, "
            + "error_code, error_rule, error_pointer, response, seen_resource, current_resource, current_version, updated_at";
    static final String SHOWN_IN_CACHE = "('queued', 'sending', 'unauthorised')";

    private OutboxStore() {
    }

    /** @param seen the record as the agent saw it ({@code id, type, version, attributes}); null if none */
    static long insert(Connection tx, OutboxRequest request, Long baseVersion, Long afterEntry, String key, Instant now,
            JsonObject seen) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO outbox (operation, summary, http_method, path, "
                + "target_type, target_id, body, base_version, after_entry, idempotency_key, created_at, attempts, "
                + "next_attempt_at, state, updated_at, seen_resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'queued', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, request.operation(), request.summary(), request.method(), request.path(), request.target().type(),
                    request.target().id(), request.body().toString(), baseVersion, afterEntry, key, at(now), at(now), at(now),
                    seen == null ? null : seen.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<OutboxEntry> find(Connection c, long id) throws SQLException {
        List<OutboxEntry> found = query(c, "SELECT " + COLUMNS + " FROM outbox WHERE id = ?", id);
        return found.stream().findFirst();
    }

    static List<OutboxEntry> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox ORDER BY id");
    }

    static List<OutboxEntry> onTarget(Connection c, OutboxTarget target) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox WHERE target_type = ? AND target_id = ? ORDER BY id",
                target.type(), target.id());
    }

    /** The latest entry on the target whose change the cache shows: a new change is made on top of it. */
    static Optional<Long> lastShownOn(Connection c, OutboxTarget target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM outbox WHERE target_type = ? AND target_id = ? "
                + "AND state IN " + SHOWN_IN_CACHE)) {
            bind(s, target.type(), target.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long max = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(max);
            }
        }
    }

    /**
     * Entries free to be sent: queued or sending, with no earlier unfinished entry on their target,
     * and nothing waiting for the agent to sign in again.
     */
    private static final String SENDABLE = "o.state IN ('queued', 'sending') "
            + "AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target_type = o.target_type "
            + "AND e.target_id = o.target_id AND e.id < o.id AND e.state <> 'applied') "
            + "AND NOT EXISTS (SELECT 1 FROM outbox u WHERE u.state = 'unauthorised')";

    /** The first sendable entry due by {@code now}. */
    static Optional<OutboxEntry> nextToSend(Connection c, Instant now) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM outbox o WHERE " + SENDABLE + " AND o.next_attempt_at <= ? "
                + "ORDER BY o.id LIMIT 1", at(now)).stream().findFirst();
    }

    /** When the earliest sendable entry is due (perhaps already). */
    static Optional<Instant> nextAttemptAt(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(o.next_attempt_at) FROM outbox o WHERE " + SENDABLE);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
            return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
        }
    }

    static Map<OutboxState, Integer> counts(Connection c) throws SQLException {
        Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
        try (PreparedStatement s = c.prepareStatement("SELECT state, COUNT(*) FROM outbox GROUP BY state");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(OutboxState.fromCode(rs.getString(1)), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Targets the outbox has a say in: a base kept, or a change shown in the cache. */
    static Set<OutboxTarget> overlaidTargets(Connection c) throws SQLException {
        Set<OutboxTarget> targets = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT target_type, target_id FROM outbox WHERE state IN "
                + SHOWN_IN_CACHE + " UNION SELECT type, id FROM outbox_base");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                targets.add(new OutboxTarget(rs.getString(1), rs.getString(2)));
            }
        }
        return targets;
    }

    static void update(Connection tx, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    // ---- the service's state of targets with waiting changes --------------------------------------

    static Optional<ResourceDto> base(Connection c, OutboxTarget target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, json FROM outbox_base WHERE type = ? AND id = ?")) {
            bind(s, target.type(), target.id());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResourceDto(target.id(), target.type(), rs.getLong(1),
                        JsonParser.parseString(rs.getString(2)).getAsJsonObject()));
            }
        }
    }

    static void saveBase(Connection tx, ResourceDto resource) throws SQLException {
        update(tx, "MERGE INTO outbox_base (type, id, version, json) KEY (type, id) VALUES (?, ?, ?, ?)",
                resource.type(), resource.id(), resource.version() == null ? 0L : resource.version(),
                resource.attributes().toString());
    }

    static void deleteBase(Connection tx, OutboxTarget target) throws SQLException {
        update(tx, "DELETE FROM outbox_base WHERE type = ? AND id = ?", target.type(), target.id());
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    private static List<OutboxEntry> query(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                List<OutboxEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        }
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        String errorMessage = rs.getString("error_message");
        OutboxError error = errorMessage == null ? null : new OutboxError(errorMessage, rs.getString("error_code"),
                rs.getString("error_rule"), rs.getString("error_pointer"));
        return new OutboxEntry(rs.getLong("id"), rs.getString("operation"), rs.getString("summary"),
                rs.getString("http_method"), rs.getString("path"),
                new OutboxTarget(rs.getString("target_type"), rs.getString("target_id")), json(rs.getString("body")),
                (Long) rs.getObject("base_version", Long.class), (Long) rs.getObject("after_entry", Long.class),
                rs.getString("idempotency_key"), instant(rs, "created_at"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), OutboxState.fromCode(rs.getString("state")), error,
                json(rs.getString("response")), json(rs.getString("seen_resource")), json(rs.getString("current_resource")),
                (Long) rs.getObject("current_version", Long.class), instant(rs, "updated_at"));
    }

    private static JsonObject json(String text) {
        return text == null ? null : JsonParser.parseString(text).getAsJsonObject();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (values[i] instanceof Instant instant) {
                s.setObject(i + 1, at(instant));
            } else {
                s.setObject(i + 1, values[i]);
            }
        }
    }
}
