package uk.gov.ects.desk.service.changes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.FeedHeadLock;

/**
 * Purges delete tombstones older than the retention period and raises {@code purged_through}, so
 * a reader whose cursor is older than a purged tombstone is told to start again (410) instead of
 * silently keeping a deleted resource.
 */
public final class FeedCompaction {

    private final Database database;
    private final ServiceClock clock;

    public FeedCompaction(Database database, ServiceClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** @return how many tombstones were purged */
    public int purgeTombstonesOlderThan(Duration retention) {
        Instant cutoff = clock.now().minus(retention);
        return database.inTransaction(c -> {
            // Lock the head first, like every writer, so no change commits between the two steps.
            FeedHeadLock.take(c);
            long newest;
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT MAX(seq) FROM change_log WHERE op = 'delete' AND changed_at < ?")) {
                query.setObject(1, Rows.param(cutoff));
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    newest = rs.getLong(1);
                    if (rs.wasNull()) {
                        return 0;
                    }
                }
            }
            int purged;
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM change_log WHERE op = 'delete' AND changed_at < ?")) {
                delete.setObject(1, Rows.param(cutoff));
                purged = delete.executeUpdate();
            }
            try (PreparedStatement raise = c.prepareStatement(
                    "UPDATE feed_head SET purged_through = ? WHERE id = 1 AND purged_through < ?")) {
                raise.setLong(1, newest);
                raise.setLong(2, newest);
                raise.executeUpdate();
            }
            return purged;
        });
    }
}
