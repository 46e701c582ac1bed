package uk.gov.ects.desk.client.activity;

import java.time.Instant;

/** A note on a school, participant or partnership; {@code target} reads like {@code school:100001}. */
public record RecordNote(String id, String target, String body, String author, Instant createdAt) {
}
