package uk.gov.ects.desk.client.outbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Small helpers shared by the outbox tests. */
final class OutboxTestSupport {

    /** Fast retries so tests that go offline do not wait minutes. */
    static final Backoff QUICK = new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3);

    private OutboxTestSupport() {
    }

    static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
