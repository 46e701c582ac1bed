package uk.gov.ects.desk.service.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One INSERT statement fed row by row, sent to the database in batches. */
final class BatchInsert implements AutoCloseable {

    static final int BATCH_SIZE = 1000;

    /** Called after each batch has been sent; a staged load commits there. */
    @FunctionalInterface
    interface Checkpoint {
        Checkpoint NONE = () -> { };

        void reached() throws SQLException;
    }

    private final PreparedStatement statement;
    private final Checkpoint checkpoint;
    private int pending;
    private int rows;

    BatchInsert(Connection tx, Checkpoint checkpoint, String table, String... columns) throws SQLException {
        this.checkpoint = checkpoint;
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        this.statement = tx.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")");
    }

    /** Adds one row; values are given in column order. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
            statement.setObject(i + 1, value);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    int rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
            checkpoint.reached();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
