package uk.gov.ects.desk.service.writes;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.store.Database;

/**
 * api.md keeps each {@code Idempotency-Key} with its answer for at least seven days; after that a
 * client's retry is long over, so the key goes. Measured in real time ({@link ServiceClock#realNow}),
 * from when the request first claimed the key. A key still {@code in_progress} that old was
 * abandoned by a crash long ago ({@link IdempotencyStore}) and goes too.
 */
public final class IdempotencyKeyPurge {

    public static final Duration RETENTION = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final Database database;
    private final ServiceClock clock;

    public IdempotencyKeyPurge(Database database, ServiceClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Deletes keys claimed more than {@link #RETENTION} ago; answers how many. */
    public int purgeOnce() {
        Instant cutoff = clock.realNow().minus(RETENTION);
        int purged = database.inTransaction(tx -> Sql.update(tx, "DELETE FROM idempotency_keys WHERE created_at < ?", cutoff));
        if (purged > 0) {
            LOG.info("Purged {} idempotency keys claimed before {}", purged, cutoff);
        }
        return purged;
    }
}
