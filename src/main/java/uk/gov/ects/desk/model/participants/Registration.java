package uk.gov.ects.desk.model.participants;

import java.util.List;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;

/**
 * What adding an ECT or mentor will do.
 *
 * @param programme    the cohort's default programme the participant starts on (PROG-10)
 * @param sitPersonId  the induction tutor who is registering as a mentor themselves (MEN-5), else null
 * @param emails       ECT-8, MEN-8 (none when the mentor is also a SIT)
 */
public record Registration(ParticipantType type, ProgrammeChoice programme, String sitPersonId,
        List<EmailIntent> emails) {

    public Registration {
        emails = List.copyOf(emails);
    }
}
