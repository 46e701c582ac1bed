package uk.gov.ects.desk.service.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.StoreException;

/**
 * The H2 way to load a large dataset into a store none of whose dataset tables has a row: commit
 * after every batch, and on failure empty those tables again. H2 (MVStore) keeps a transaction's
 * undo log until commit and rewrites every page it touched when committing, so one transaction of
 * millions of rows took about ten minutes and a 21 GB file for the large demo.
 *
 * <p>All-or-nothing still holds: a marker row in {@code service_settings}, committed before the
 * first row, says a load is under way and what the feed head and clock were before it. It goes in
 * the same commit as the last row. A failed load, or one a crash interrupted (found by
 * {@link #discardInterrupted} at the next start), truncates the dataset tables and puts the feed
 * head and clock back, so the store is empty again.
 */
final class StagedLoad {

    private static final Logger LOG = LoggerFactory.getLogger(StagedLoad.class);

    static final String MARKER = "dataset_load_in_progress";
    private static final String CLOCK = "clock";

    /** Every table the loader writes rows to besides service_settings and the two head rows. */
    static final List<String> TABLES = List.of("change_log", "tickets", "mentor_pools", "induction_records",
            "participants", "email_addresses", "partnerships", "school_cohorts", "school_induction_tutors",
            "induction_tutors", "schools", "previous_participation", "teacher_records", "appropriate_bodies",
            "provider_pairings", "delivery_partners", "lead_providers", "cohorts", "api_tokens", "agents");

    private StagedLoad() {
    }

    /** True when the store is H2 and every dataset table is empty, so a failure can simply empty them again. */
    static boolean applies(Database db) {
        return db.isH2() && db.read(c -> {
            for (String table : TABLES) {
                if (hasRows(c, table)) {
                    return false;
                }
            }
            return true;
        });
    }

    static Map<String, Integer> run(Database db, PreparedDataset prepared) {
        db.inTransaction(StagedLoad::mark);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Integer> rows = DatasetInserter.insert(c, prepared, c::commit);
                unmark(c);
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Dataset load failed part-way; removing the rows it had written");
            discardInterrupted(db);
            throw e instanceof SQLException sql ? new StoreException(sql) : (RuntimeException) e;
        }
    }

    /**
     * Empties the dataset tables when a staged load did not finish (it failed, or the process died).
     * Returns whether there was such a load.
     */
    static boolean discardInterrupted(Database db) {
        String before = db.read(c -> setting(c, MARKER));
        if (before == null) {
            return false;
        }
        db.inTransaction(c -> {
            truncateDatasetTables(c, db.isH2());
            restore(c, Snapshot.parse(before));
            return null;
        });
        LOG.warn("An unfinished dataset load was removed; the store is empty again");
        return true;
    }

    /** TRUNCATE is quick whatever the size; each database has its own way past the foreign keys. */
    private static void truncateDatasetTables(Connection c, boolean h2) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!h2) {
                // PostgreSQL truncates referenced tables when every table referring to them is in the same statement.
                s.execute("TRUNCATE TABLE " + String.join(", ", TABLES));
                return;
            }
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : TABLES) {
                    s.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private static Void mark(Connection c) throws SQLException {
        Snapshot snapshot = Snapshot.take(c);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO service_settings (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, MARKER);
            insert.setString(2, snapshot.format());
            insert.executeUpdate();
        }
        return null;
    }

    private static void unmark(Connection c) throws SQLException {
        deleteSetting(c, MARKER);
    }

    private static void restore(Connection c, Snapshot snapshot) throws SQLException {
        try (PreparedStatement feed = c.prepareStatement("UPDATE feed_head SET last_seq = ? WHERE id = 1");
             PreparedStatement applied = c.prepareStatement(
                     "UPDATE effective_dates_head SET applied_through = CAST(? AS DATE) WHERE id = 1")) {
            feed.setLong(1, snapshot.lastSeq());
            feed.executeUpdate();
            applied.setString(1, snapshot.appliedThrough());
            applied.executeUpdate();
        }
        deleteSetting(c, CLOCK);
        if (snapshot.clock() != null) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO service_settings (setting_key, setting_value) VALUES (?, ?)")) {
                insert.setString(1, CLOCK);
                insert.setString(2, snapshot.clock());
                insert.executeUpdate();
            }
        }
        deleteSetting(c, MARKER);
    }

    /** What a load changes outside its own tables, as it was before the load. */
    record Snapshot(long lastSeq, String appliedThrough, String clock) {

        static Snapshot take(Connection c) throws SQLException {
            return new Snapshot(Long.parseLong(text(c, "SELECT last_seq FROM feed_head WHERE id = 1")),
                    text(c, "SELECT CAST(applied_through AS VARCHAR) FROM effective_dates_head WHERE id = 1"),
                    setting(c, CLOCK));
        }

        String format() {
            return lastSeq + " " + (appliedThrough == null ? "-" : appliedThrough) + " " + (clock == null ? "-" : clock);
        }

        static Snapshot parse(String text) {
            String[] parts = text.split(" ");
            return new Snapshot(Long.parseLong(parts[0]), dash(parts[1]), dash(parts[2]));
        }

        private static String dash(String part) {
            return "-".equals(part) ? null : part;
        }
    }

    private static boolean hasRows(Connection c, String table) throws SQLException {
        try (PreparedStatement any = c.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = any.executeQuery()) {
            return rs.next();
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT setting_value FROM service_settings WHERE setting_key = ?")) {
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void deleteSetting(Connection c, String key) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM service_settings WHERE setting_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(sql); ResultSet rs = read.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
