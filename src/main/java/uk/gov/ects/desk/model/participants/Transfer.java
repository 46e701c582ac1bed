package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;

/**
 * What a transfer will do.
 *
 * @param previousRecordStatus     the old school's record: {@code leaving} until the date, {@code left} from it (TECT-8)
 * @param previousRecordEndDate    = the joining date
 * @param mentorPairingEndsOn      an ECT's pairing with the old school's mentor ends then (TECT-9); null for mentors
 *                                 or ECTs with no mentor
 * @param oldPoolLeftOn            a mentor leaves the old school's pool and their pairings there end (TMEN-4); null for ECTs
 * @param programme                the new record's programme when it takes the school default, null when it continues
 * @param addedEmail               a new email to add next to the old one (TECT-5), or null
 */
public record Transfer(InductionStatus previousRecordStatus, LocalDate previousRecordEndDate,
        LocalDate mentorPairingEndsOn, LocalDate oldPoolLeftOn, String newSchoolUrn, LocalDate newRecordStart,
        TrainingChoice training, ProgrammeChoice programme, String addedEmail, List<EmailIntent> emails) {

    public Transfer {
        emails = List.copyOf(emails);
    }
}
