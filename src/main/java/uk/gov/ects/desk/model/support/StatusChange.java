package uk.gov.ects.desk.model.support;

import java.time.LocalDate;
import uk.gov.ects.desk.model.participants.InductionStatus;

/**
 * OVR-STATUS's effect on the current induction record.
 *
 * @param endDate          null to clear it (reinstate)
 * @param endMentorPairing an ECT's pairing ends on {@code endDate} (completion)
 */
public record StatusChange(InductionStatus status, LocalDate endDate, boolean endMentorPairing) {
}
