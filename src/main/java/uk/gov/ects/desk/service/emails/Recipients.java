package uk.gov.ects.desk.service.emails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.schools.EmailRedaction;
import uk.gov.ects.desk.model.schools.GiasRules;

/**
 * Turns a rule's {@link EmailIntent} into an addressed email. Emails to a school's people (its
 * induction tutor, its GIAS mailbox, its teachers) are dropped for schools that receive no emails
 * (children's centres, {@link GiasRules#receivesEmails}). Lead providers have no address in the
 * store: their emails are addressed {@code lead_provider:<id>} and routed by the provider's contact.
 */
public final class Recipients {

    public static final String LEAD_PROVIDER_PREFIX = "lead_provider:";

    private Recipients() {
    }

    /** {@code schoolUrn} is the school the email is about; {@code participantId} the teacher, or null. */
    public static Optional<OutgoingEmail> resolve(Connection tx, EmailIntent intent, String schoolUrn,
            String participantId) throws SQLException {
        Map<String, String> facts = new HashMap<>(intent.facts());
        String subject = ServiceTemplates.subject(intent.template());
        switch (intent.recipientRole()) {
            case INDUCTION_TUTOR, NEW_INDUCTION_TUTOR -> {
                if (schoolUrn == null || !schoolReceivesEmails(tx, schoolUrn)) {
                    return Optional.empty();
                }
                return inductionTutorEmail(tx, schoolUrn).map(to -> new OutgoingEmail(to, to, intent.template(),
                        subject, schoolUrn, participantId, facts));
            }
            case PARTICIPANT -> {
                if (participantId == null || schoolUrn != null && !schoolReceivesEmails(tx, schoolUrn)) {
                    return Optional.empty();
                }
                return primaryEmail(tx, participantId).map(to -> new OutgoingEmail(to, to, intent.template(),
                        subject, schoolUrn, participantId, facts));
            }
            case LEAD_PROVIDER, PREVIOUS_LEAD_PROVIDER -> {
                String leadProvider = facts.get("lead_provider_id");
                if (leadProvider == null) {
                    return Optional.empty();
                }
                String to = LEAD_PROVIDER_PREFIX + leadProvider;
                return Optional.of(new OutgoingEmail(to, to, intent.template(), subject, schoolUrn, participantId, facts));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** ACC-5: the access link goes to the GIAS email; the log keeps it redacted (ACC-3). */
    public static Optional<OutgoingEmail> giasEmail(Connection tx, String schoolUrn, String template,
            Map<String, String> facts) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement(
                "SELECT gias_email, establishment_type_code FROM schools WHERE urn = ?")) {
            query.setString(1, schoolUrn);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()
                        || !GiasRules.receivesEmails(rs.getInt(2))) {
                    return Optional.empty();
                }
                String to = rs.getString(1).trim();
                return Optional.of(new OutgoingEmail(to, EmailRedaction.redact(to), template,
                        ServiceTemplates.subject(template), schoolUrn, null, facts));
            }
        }
    }

    public static boolean schoolReceivesEmails(Connection tx, String schoolUrn) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement("SELECT establishment_type_code FROM schools WHERE urn = ?")) {
            query.setString(1, schoolUrn);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && GiasRules.receivesEmails(rs.getInt(1));
            }
        }
    }

    /** SIT-6: the school's contact is its induction tutor's email. */
    public static Optional<String> inductionTutorEmail(Connection tx, String schoolUrn) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement("SELECT t.email FROM school_induction_tutors sit "
                + "JOIN induction_tutors t ON t.id = sit.tutor_id WHERE sit.school_urn = ?")) {
            query.setString(1, schoolUrn);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<String> primaryEmail(Connection tx, String participantId) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement("SELECT email FROM email_addresses "
                + "WHERE owner_type = 'participant' AND owner_id = ? ORDER BY is_primary DESC, added_at")) {
            query.setString(1, participantId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
