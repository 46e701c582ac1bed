package uk.gov.ects.desk.service.tickets;

import java.time.Instant;

/**
 * One email as read from an {@code .eml} file: the sender's address and display name, the decoded
 * subject, when it was sent ({@code null} when the Date header is missing or unreadable), its
 * Message-ID ({@code null} when absent) and its text.
 */
public record MailMessage(String fromEmail, String fromName, String subject, Instant sentAt, String messageId,
        String body) {
}
