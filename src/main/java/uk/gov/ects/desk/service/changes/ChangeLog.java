package uk.gov.ects.desk.service.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Records that a resource changed, inside the caller's write transaction. One row per resource:
 * a change moves the resource to a new {@code seq}. The first statement of a write locks the
 * feed head row, so writers are serialised and {@code seq} order equals commit order.
 */
public final class ChangeLog {

    private static final int BATCH_SIZE = 1000;

    private ChangeLog() {
    }

    public static void upsert(Connection tx, String type, String id, Instant at) throws SQLException {
        record(tx, type, id, "upsert", at);
    }

    /**
     * Records many upserts of one resource type at once, in batches: the same result as calling
     * {@link #upsert} for each id in order, but fast enough for loading a large dataset.
     */
    public static void upsertAll(Connection tx, String type, List<String> ids, Instant at) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        long firstSeq = reserveSeqs(tx, ids.size());
        OffsetDateTime changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        try (PreparedStatement remove = tx.prepareStatement(
                "DELETE FROM change_log WHERE resource_type = ? AND resource_id = ?");
             PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO change_log (seq, resource_type, resource_id, op, changed_at) VALUES (?, ?, ?, 'upsert', ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                remove.setString(1, type);
                remove.setString(2, ids.get(i));
                remove.addBatch();
                insert.setLong(1, firstSeq + i);
                insert.setString(2, type);
                insert.setString(3, ids.get(i));
                insert.setObject(4, changedAt);
                insert.addBatch();
                if ((i + 1) % BATCH_SIZE == 0 || i == ids.size() - 1) {
                    remove.executeBatch();
                    insert.executeBatch();
                }
            }
        }
    }

    public static void delete(Connection tx, String type, String id, Instant at) throws SQLException {
        record(tx, type, id, "delete", at);
    }

    private static void record(Connection tx, String type, String id, String op, Instant at) throws SQLException {
        long seq = nextSeq(tx);
        try (PreparedStatement remove = tx.prepareStatement(
                "DELETE FROM change_log WHERE resource_type = ? AND resource_id = ?")) {
            remove.setString(1, type);
            remove.setString(2, id);
            remove.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO change_log (seq, resource_type, resource_id, op, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, type);
            insert.setString(3, id);
            insert.setString(4, op);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Takes {@code count} consecutive sequence numbers and returns the first; locks the head row as {@link #nextSeq} does. */
    static long reserveSeqs(Connection tx, int count) throws SQLException {
        try (PreparedStatement bump = tx.prepareStatement("UPDATE feed_head SET last_seq = last_seq + ? WHERE id = 1")) {
            bump.setLong(1, count);
            bump.executeUpdate();
        }
        try (PreparedStatement read = tx.prepareStatement("SELECT last_seq FROM feed_head WHERE id = 1");
             ResultSet rs = read.executeQuery()) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    /** Takes the next sequence number; the UPDATE holds the head row's lock until commit. */
    static long nextSeq(Connection tx) throws SQLException {
        try (PreparedStatement bump = tx.prepareStatement("UPDATE feed_head SET last_seq = last_seq + 1 WHERE id = 1")) {
            bump.executeUpdate();
        }
        try (PreparedStatement read = tx.prepareStatement("SELECT last_seq FROM feed_head WHERE id = 1");
             ResultSet rs = read.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
