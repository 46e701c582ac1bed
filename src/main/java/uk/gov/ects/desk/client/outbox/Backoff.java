package uk.gov.ects.desk.client.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before sending an entry again: doubling from {@code initial} up to {@code max},
 * with "equal jitter" (half fixed, half random) so many clients coming back online do not all send
 * at once. Network failures are retried for as long as it takes; service errors (5xx)
 * {@code serverErrorAttempts} times before the entry is marked failed.
 */
public record Backoff(Duration initial, Duration max, int serverErrorAttempts) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 8);

    /** The wait after the {@code attempts}-th failed send (1 for the first). */
    public Duration delay(int attempts, RandomGenerator random) {
        long ceiling = Math.max(1, initial.toMillis());
        for (int doubling = 1; doubling < attempts && ceiling < max.toMillis(); doubling++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
