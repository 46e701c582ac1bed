package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;

/**
 * A participant and their current induction record, as the rules see them.
 *
 * @param recordStatus      the stored status of the current record
 * @param endDate           the record's end (leaving or completion) date, or null
 * @param mentorId          an ECT's current mentor, or null
 * @param declarationsExist a provider declared training for them in this cohort (OVR-COHORT, OVR-REMOVE)
 */
public record ParticipantState(String id, ParticipantType type, String schoolUrn, int cohort,
        InductionStatus recordStatus, LocalDate startDate, LocalDate endDate, String mentorId,
        boolean declarationsExist) {

    /** TECT-8, TMEN-4, OECT-3: what the record shows today. */
    public InductionStatus status(LocalDate today) {
        return ParticipantStatus.effectiveStatus(recordStatus, endDate, today);
    }
}
