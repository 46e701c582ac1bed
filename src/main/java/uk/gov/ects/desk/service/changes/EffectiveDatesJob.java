package uk.gov.ects.desk.service.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.FeedHeadLock;

/**
 * Tells the change feed when a dated change takes effect. Reads work out a participant's state for
 * the service's today (a leaving or transfer date ahead, TECT-8/9, TMEN-4, OECT-3, OMEN-2), so
 * nothing in the store changes on the day and no write moves the resource in the feed; a cache
 * synced from the feed would keep showing the old state. Each run finds the dates that fell since
 * the last run (or, after a test clock moved back, that are no longer past), and gives every
 * resource whose rendering depends on them a version bump and a new feed row, rendered as of now.
 * <p>
 * It reads the dates themselves (induction record start and end dates, mentor pool leaving dates)
 * rather than a list kept by the writes, so no operation or dataset load can forget to register
 * one. {@code effective_dates_head} says through which day this was done; a run that finds it at
 * today does nothing, so it is safe to run as often as wanted and each crossing is told once.
 * <p>
 * Affected: the participant whose record starts or ends; the mentor named on that record (their
 * {@code mentees}); a mentor leaving a pool, and that school ({@code mentor_pool_size}).
 */
public final class EffectiveDatesJob {

    /** How often the service looks; the feed lags a date's arrival by at most this. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(EffectiveDatesJob.class);

    private static final String DATES_BETWEEN = "SELECT participant_id FROM induction_records WHERE start_date > ? AND start_date <= ? "
            + "UNION SELECT participant_id FROM induction_records WHERE end_date > ? AND end_date <= ? "
            + "UNION SELECT mentor_id FROM induction_records WHERE mentor_id IS NOT NULL AND start_date > ? AND start_date <= ? "
            + "UNION SELECT mentor_id FROM induction_records WHERE mentor_id IS NOT NULL AND end_date > ? AND end_date <= ? "
            + "UNION SELECT mentor_id FROM mentor_pools WHERE left_on > ? AND left_on <= ?";
    private static final String PARTICIPANTS = "SELECT p.id FROM participants p WHERE p.merged_into IS NULL AND p.id IN ("
            + DATES_BETWEEN + ") ORDER BY p.id";
    private static final String SCHOOLS = "SELECT DISTINCT school_urn FROM mentor_pools WHERE left_on > ? AND left_on <= ? "
            + "ORDER BY school_urn";

    private final Database database;
    private final ServiceClock clock;

    public EffectiveDatesJob(Database database, ServiceClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What one run moved in the feed. */
    public record Run(LocalDate today, List<String> participants, List<String> schools) {
        public int size() {
            return participants.size() + schools.size();
        }
    }

    /** Moves in the feed every resource a date that fell since the last run changed. */
    public Run runOnce() {
        Run run = database.inTransaction(tx -> {
            // The feed head first, like every writer: serialises runs with each other, with writes and
            // with a clock being fixed; the clock is read after it, so the day is never a stale one.
            FeedHeadLock.take(tx);
            Instant now = clock.now(tx);
            LocalDate today = LocalDate.ofInstant(now, ServiceClock.ZONE);
            LocalDate applied = appliedThrough(tx);
            if (applied.equals(today)) {
                return new Run(today, List.of(), List.of());
            }
            // Dates in (earlier, later] changed what reads show, whichever way the clock went.
            LocalDate earlier = applied.isBefore(today) ? applied : today;
            LocalDate later = applied.isBefore(today) ? today : applied;
            List<String> participants = ids(tx, PARTICIPANTS, earlier, later, 5);
            List<String> schools = ids(tx, SCHOOLS, earlier, later, 1);
            bumpVersions(tx, "UPDATE participants SET version = version + 1 WHERE id = ?", participants);
            bumpVersions(tx, "UPDATE schools SET version = version + 1 WHERE urn = ?", schools);
            ChangeLog.upsertAll(tx, "participant", participants, now);
            ChangeLog.upsertAll(tx, "school", schools, now);
            try (PreparedStatement update = tx.prepareStatement(
                    "UPDATE effective_dates_head SET applied_through = ? WHERE id = 1")) {
                update.setObject(1, today);
                update.executeUpdate();
            }
            return new Run(today, participants, schools);
        });
        if (run.size() > 0) {
            LOG.info("Dated changes took effect through {}: {} participants and {} schools moved in the change feed",
                    run.today(), run.participants().size(), run.schools().size());
        }
        return run;
    }

    private static LocalDate appliedThrough(Connection tx) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement("SELECT applied_through FROM effective_dates_head WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }

    /** Runs {@code sql}, which takes the pair (earlier, later) {@code pairs} times, and answers the first column. */
    private static List<String> ids(Connection tx, String sql, LocalDate earlier, LocalDate later, int pairs)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = tx.prepareStatement(sql)) {
            for (int i = 0; i < pairs; i++) {
                query.setObject(2 * i + 1, earlier);
                query.setObject(2 * i + 2, later);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void bumpVersions(Connection tx, String sql, List<String> ids) throws SQLException {
        try (PreparedStatement bump = tx.prepareStatement(sql)) {
            for (String id : ids) {
                bump.setString(1, id);
                bump.addBatch();
            }
            if (!ids.isEmpty()) {
                bump.executeBatch();
            }
        }
    }
}
