package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;

/**
 * A move to another school: the school's transfer-in (TECT-*, TMEN-*) or support's OVR-TRANSFER.
 *
 * @param transferAs what the school says it is transferring in (TECT-6); support passes the participant's type
 * @param email      a new email, or null to keep the current one (TECT-5, TMEN-7)
 */
public record TransferRequest(ParticipantType transferAs, LocalDate joiningDate, String email,
        TrainingChoice training) {
}
