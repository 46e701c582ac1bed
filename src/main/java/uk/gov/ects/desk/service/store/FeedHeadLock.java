package uk.gov.ects.desk.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one lock every writer of the change feed takes first (writes, the dated-changes job, feed
 * compaction, fixing the clock, the .eml importer): they queue on it, so each sees the last commit
 * and the feed's sequence numbers are given out in commit order.
 */
public final class FeedHeadLock {

    private FeedHeadLock() {
    }

    /** Takes the lock inside transaction {@code tx}; held until it commits or rolls back. */
    public static void take(Connection tx) throws SQLException {
        try (PreparedStatement lock = tx.prepareStatement("SELECT last_seq FROM feed_head WHERE id = 1 FOR UPDATE")) {
            lock.executeQuery().close();
        }
    }
}
