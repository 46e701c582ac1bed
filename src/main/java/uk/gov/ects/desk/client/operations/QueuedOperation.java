package uk.gov.ects.desk.client.operations;

/**
 * What submitting gave back: the change is queued (or already sent) and will show in the outbox.
 *
 * @param reference the outbox entry's id, or the audit event id when it was sent at once
 * @param summary   what was asked for, in words
 */
public record QueuedOperation(String reference, String summary) {
}
