package uk.gov.ects.desk.client.activity;

import java.time.Instant;

/** An email the service sent (X-NOTIFY), as the change feed brought it into the cache. */
public record SentEmail(String id, String to, String template, String subject, String schoolUrn, String participantId,
        Instant sentAt) {
}
