package uk.gov.ects.desk.client.outbox;

/**
 * Told after every change to the outbox, on the thread that made it (the sender's background
 * thread, or the caller of enqueue, retry, discard...). GUI listeners hop to the FX thread themselves.
 */
@FunctionalInterface
public interface OutboxListener {
    void outboxChanged(OutboxCounts counts);
}
