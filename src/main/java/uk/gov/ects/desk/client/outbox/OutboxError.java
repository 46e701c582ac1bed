package uk.gov.ects.desk.client.outbox;

/**
 * Why an entry did not apply: the plain-English sentence the Outbox tab shows, and the service's
 * stable {@code code}, the {@code rule} broken and the field ({@code pointer}) where it gave them.
 */
public record OutboxError(String message, String code, String rule, String pointer) {

    public static OutboxError of(String message, String code) {
        return new OutboxError(message, code, null, null);
    }
}
