package uk.gov.ects.desk.service.emails;

import java.util.Map;
import java.util.Objects;

/**
 * An email ready to go. {@code to} is where it is sent; {@code recordedTo} is what the email log
 * keeps and shows (the same address, except a GIAS email, which is only ever shown redacted, ACC-3).
 * {@code facts} never hold a date of birth or NI number (X-PII).
 *
 * <p>{@code secretLink} is a link only the recipient may have (a tutor's sign-in link, LOG-1): a
 * mailer that delivers puts it in the email, but nothing keeps it. The email log leaves it out,
 * since agents read the log and the link would let them sign in as the tutor; {@link #toString()}
 * leaves it out so that no log line can carry it.
 */
public record OutgoingEmail(String to, String recordedTo, String template, String subject, String schoolUrn,
        String participantId, Map<String, String> facts, String secretLink) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(recordedTo, "recordedTo");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        facts = facts == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(facts));
    }

    /** An email with nothing secret in it (every email but a sign-in link). */
    public OutgoingEmail(String to, String recordedTo, String template, String subject, String schoolUrn,
            String participantId, Map<String, String> facts) {
        this(to, recordedTo, template, subject, schoolUrn, participantId, facts, null);
    }

    @Override
    public String toString() {
        return "OutgoingEmail[template=" + template + ", schoolUrn=" + schoolUrn + ", participantId=" + participantId
                + ", facts=" + facts.keySet() + ", secretLink=" + (secretLink == null ? "none" : "withheld") + "]";
    }
}
