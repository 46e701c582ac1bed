package uk.gov.ects.desk.service.clock;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.FeedHeadLock;

/**
 * The service's "now". Demos and tests fix it with the {@code clock} setting (dataset.md), which
 * persists in {@code service_settings}; otherwise it is the system clock. The setting is read on
 * every call so a dataset loaded after start, or a test-clock change, takes effect at once.
 */
public final class ServiceClock {

    public static final String SETTING = "clock";
    /** Dates (cohorts, deadlines) are English calendar dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Database database;
    private final Clock system;

    public ServiceClock(Database database, Clock system) {
        this.database = database;
        this.system = system;
    }

    public ServiceClock(Database database) {
        this(database, Clock.systemUTC());
    }

    public Instant now() {
        return fixedNow().orElseGet(system::instant);
    }

    /**
     * The system clock's now, even when the service clock is fixed: for what is measured in time
     * that really passed (how long a request has been running, how long idempotency keys are kept).
     * A demo's fixed clock would otherwise keep them forever.
     */
    public Instant realNow() {
        return system.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public boolean isFixed() {
        return fixedNow().isPresent();
    }

    /** Moves a fixed clock; refused when the clock is the real one. */
    public void setFixed(Instant now) {
        if (!isFixed()) {
            throw new IllegalStateException("The clock is not fixed");
        }
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE service_settings SET setting_value = ? WHERE setting_key = ?")) {
                update.setString(1, now.toString());
                update.setString(2, SETTING);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Fixes the clock (a dataset's {@code clock}); for loaders and tests. Unlike {@link #setFixed},
     * which moves time on in a running world, this starts one: dated changes are told to the change
     * feed (EffectiveDatesJob) only from this day on.
     */
    public static void fix(java.sql.Connection c, Instant now) throws java.sql.SQLException {
        // The feed head first, as the EffectiveDatesJob does, so a run in progress cannot write back
        // the day it read before this fix.
        FeedHeadLock.take(c);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM service_settings WHERE setting_key = ?")) {
            delete.setString(1, SETTING);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO service_settings (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, SETTING);
            insert.setString(2, now.toString());
            insert.executeUpdate();
        }
        try (PreparedStatement applied = c.prepareStatement(
                "UPDATE effective_dates_head SET applied_through = ? WHERE id = 1")) {
            applied.setObject(1, LocalDate.ofInstant(now, ZONE));
            applied.executeUpdate();
        }
    }

    private Optional<Instant> fixedNow() {
        return database.read(ServiceClock::fixedNow);
    }

    /**
     * Now as transaction {@code c} sees it: for a job that reads the clock under the feed-head lock,
     * so a clock fixed or moved meanwhile cannot leave it working from a stale day.
     */
    public Instant now(java.sql.Connection c) throws java.sql.SQLException {
        return fixedNow(c).orElseGet(system::instant);
    }

    private static Optional<Instant> fixedNow(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT setting_value FROM service_settings WHERE setting_key = ?")) {
            query.setString(1, SETTING);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()) {
                    return Optional.empty();
                }
                return Optional.of(Instant.parse(rs.getString(1).trim()));
            }
        }
    }
}
