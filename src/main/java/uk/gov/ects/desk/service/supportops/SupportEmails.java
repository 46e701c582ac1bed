package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.emails.Recipients;

/**
 * Emails only support operations send (the rules' templates are in model.emails): to a school's
 * induction tutor, never for a school that receives no emails (children's centres).
 */
final class SupportEmails {

    /** OVR-TRANSFER (beyond): the new school's tutor hears that a teacher is joining. */
    static final String PARTICIPANT_JOINING = "participant_joining_school";
    /** OVR-REVALIDATE: the teacher's record now matches and they are eligible for funding. */
    static final String PARTICIPANT_ELIGIBLE = "participant_eligible_for_funding";

    private static final Map<String, String> SUBJECTS = Map.of(
            PARTICIPANT_JOINING, "A teacher is joining your school",
            PARTICIPANT_ELIGIBLE, "A teacher's record has been confirmed and is eligible for funding");

    private SupportEmails() {
    }

    static Optional<OutgoingEmail> toInductionTutor(Connection tx, String template, String schoolUrn,
            String participantId, Map<String, String> facts) throws SQLException {
        if (schoolUrn == null || !Recipients.schoolReceivesEmails(tx, schoolUrn)) {
            return Optional.empty();
        }
        return Recipients.inductionTutorEmail(tx, schoolUrn).map(to -> new OutgoingEmail(to, to, template,
                SUBJECTS.get(template), schoolUrn, participantId, facts));
    }
}
