package uk.gov.ects.desk.service.writes;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.StoreException;

/**
 * {@code Idempotency-Key} per agent (api.md "Writes"). A request first claims its key in a
 * transaction of its own, committed before the work starts, so a concurrent duplicate finds it
 * {@code in_progress}. The response is stored in the write's own transaction, so "done" and the
 * change commit together. A request that fails frees its key: only changes are remembered, and
 * a refused request can be sent again once the records allow it.
 * <p>
 * Times are real time ({@code ServiceClock.realNow}). A key still {@code in_progress} after
 * {@link #ABANDONED_AFTER} belongs to a request that died with its process (no write runs that
 * long): nothing of it committed, so the same request may claim the key and run.
 */
final class IdempotencyStore {

    private static final int CLAIM_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyStore.class);
    /** Far beyond any write's running time, short enough that a retry after a crash soon goes through. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    sealed interface Claim {
        record Claimed() implements Claim {
        }

        record Replay(int status, String body) implements Claim {
        }

        record InProgress() implements Claim {
        }

        record Reused() implements Claim {
        }
    }

    private record Stored(String hash, String state, Integer status, String body, Instant createdAt) {
    }

    private final Database database;

    IdempotencyStore(Database database) {
        this.database = database;
    }

    Claim claim(String agentId, String key, String requestHash, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(tx -> {
                    Optional<Stored> stored = find(tx, agentId, key);
                    if (stored.isEmpty()) {
                        Sql.update(tx, "INSERT INTO idempotency_keys (agent_id, idem_key, request_hash, state, "
                                + "status_code, response_body, created_at) VALUES (?, ?, ?, 'in_progress', NULL, NULL, ?)",
                                agentId, key, requestHash, now);
                        return new Claim.Claimed();
                    }
                    Claim answer = answer(stored.get(), requestHash);
                    if (answer instanceof Claim.InProgress && isAbandoned(stored.get(), now)
                            && takeOver(tx, agentId, key, stored.get(), now)) {
                        LOG.info("An Idempotency-Key left in progress since {} was taken over by a retry", stored.get().createdAt());
                        return new Claim.Claimed();
                    }
                    return answer;
                });
            } catch (StoreException e) {
                // Two requests with one key inserted at once: the loser reads the winner's row.
                if (attempt >= CLAIM_ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** In the write's transaction: the key is done and its response kept for replays. */
    void complete(Connection tx, String agentId, String key, int status, String body) throws SQLException {
        Sql.update(tx, "UPDATE idempotency_keys SET state = 'done', status_code = ?, response_body = ? "
                + "WHERE agent_id = ? AND idem_key = ?", status, body, agentId, key);
    }

    /** The request failed: forget the claim so the key can be used again. */
    void release(String agentId, String key) {
        database.inTransaction(tx -> Sql.update(tx, "DELETE FROM idempotency_keys "
                + "WHERE agent_id = ? AND idem_key = ? AND state = 'in_progress'", agentId, key));
    }

    private static boolean isAbandoned(Stored stored, Instant now) {
        return stored.createdAt().isBefore(now.minus(ABANDONED_AFTER));
    }

    /** Claims an abandoned key afresh; false when another retry took it first. */
    private static boolean takeOver(Connection tx, String agentId, String key, Stored stored, Instant now)
            throws SQLException {
        return Sql.update(tx, "UPDATE idempotency_keys SET created_at = ? WHERE agent_id = ? AND idem_key = ? "
                + "AND state = 'in_progress' AND created_at = ?", now, agentId, key, stored.createdAt()) == 1;
    }

    private static Claim answer(Stored stored, String requestHash) {
        if (!stored.hash().equals(requestHash)) {
            return new Claim.Reused();
        }
        if ("done".equals(stored.state())) {
            return new Claim.Replay(stored.status(), stored.body());
        }
        return new Claim.InProgress();
    }

    private static Optional<Stored> find(Connection tx, String agentId, String key) throws SQLException {
        return Sql.one(tx, "SELECT request_hash, state, status_code, response_body, created_at FROM idempotency_keys "
                + "WHERE agent_id = ? AND idem_key = ?", rs -> new Stored(rs.getString(1), rs.getString(2),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4), Rows.instant(rs, "created_at")),
                agentId, key);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
