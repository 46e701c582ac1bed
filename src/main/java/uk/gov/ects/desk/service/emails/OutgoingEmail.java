package uk.gov.ects.desk.service.emails;

import java.util.Map;
import java.util.Objects;

/**
 * An email ready to go. {@code to} is where it is sent; {@code recordedTo} is what the email log
 * keeps and shows (the same address, except a GIAS email, which is only ever shown redacted, ACC-3).
 * {@code facts} never hold a date of birth or NI number (X-PII).
 */
public record OutgoingEmail(String to, String recordedTo, String template, String subject, String schoolUrn,
        String participantId, Map<String, String> facts) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(recordedTo, "recordedTo");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        facts = facts == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(facts));
    }
}
