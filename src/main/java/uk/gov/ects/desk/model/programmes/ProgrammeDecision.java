package uk.gov.ects.desk.model.programmes;

import java.util.List;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.partnerships.Pairing;

/**
 * What a programme choice will do.
 *
 * @param choice                   the cohort's choice after the change
 * @param defaultProgramme         what new ECTs and mentors start on (PROG-10); null for no ECTs / not yet known
 * @param rolledOverPartnership    the partnership to create for the new cohort (PROG-2), or null
 * @param moveCurrentParticipants  participants on the old default move to the new one from today (OVR-PROG)
 * @param inductionTutorNeeded     the school must have a tutor (SIT-2); false when it expects no ECTs (SIT-1)
 * @param emails                   emails to send (PROG-5)
 */
public record ProgrammeDecision(ProgrammeChoice choice, ProgrammeChoice defaultProgramme, Pairing rolledOverPartnership,
        boolean moveCurrentParticipants, boolean inductionTutorNeeded, List<EmailIntent> emails) {

    public ProgrammeDecision {
        emails = List.copyOf(emails);
    }
}
