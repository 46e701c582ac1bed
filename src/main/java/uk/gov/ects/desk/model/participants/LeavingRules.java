package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import uk.gov.ects.desk.model.rules.Refusal;

/** The school reports an ECT or mentor leaving: OECT-1..OECT-5, OMEN-1..OMEN-4. */
public final class LeavingRules {

    /** OECT-5, OMEN-4: the only reason the school can report. */
    public static final String TRANSFERRING = "transferring_to_another_school";

    private LeavingRules() {
    }

    /**
     * @param leavingReason null counts as {@link #TRANSFERRING}, the only journey the service has
     * @return the record's status and end date after the report; for a mentor, the pool and pairings at
     *         the school end on that date too (OMEN-2)
     */
    public static Leaving reportLeaving(ParticipantState participant, String schoolUrn, String leavingReason,
            LocalDate leavingDate, LocalDate today) {
        boolean ect = participant.type() == ParticipantType.ECT;
        if (leavingReason != null && !TRANSFERRING.equals(leavingReason)) {
            throw Refusal.rule("leaving_reason_not_supported", ect ? "OECT-5" : "OMEN-4",
                    "Only a move to another school can be reported",
                    "Schools can only report a teacher as transferring to another school. For any other reason, "
                            + "record a note and, if they registered in error, ask a lead to remove them (OVR-REMOVE).",
                    "/leaving_reason");
        }
        if (leavingDate == null) {
            throw Refusal.rule("leaving_date_required", ect ? "OECT-2" : "OMEN-1", "Leaving date is missing",
                    "Enter the date the teacher leaves the school; it may be in the past or the future.",
                    "/leaving_date");
        }
        if (!participant.schoolUrn().equals(schoolUrn)) {
            throw Refusal.rule("not_at_school", ect ? "OECT-1" : "OMEN-1", "The teacher is not at this school",
                    "The participant's current record is at school " + participant.schoolUrn()
                            + ". Only that school can report them leaving.", "/school_urn");
        }
        InductionStatus now = participant.status(today);
        if (now.isReportedLeaving()) {
            throw Refusal.conflict("leaving_already_reported", ect ? "OECT-3" : "OMEN-3",
                    "Leaving was already reported",
                    "This teacher was already reported as leaving on " + participant.endDate()
                            + ". The date cannot be changed by the school: support can correct it (OVR-STATUS, leaving_date).",
                    "/leaving_date");
        }
        if (now != InductionStatus.ACTIVE) {
            throw Refusal.conflict("not_training", ect ? "OECT-1" : "OMEN-1", "The teacher is not training here",
                    "This teacher's record is " + now.code() + ", so there is nothing to report.", null);
        }
        if (participant.startDate() != null && leavingDate.isBefore(participant.startDate())) {
            throw Refusal.rule("date_before_start", ect ? "OECT-2" : "OMEN-1", "Leaving date is before they started",
                    "The teacher started at the school on " + participant.startDate()
                            + ". Enter a leaving date on or after that day.", "/leaving_date");
        }
        InductionStatus status = ParticipantStatus.effectiveStatus(InductionStatus.LEAVING, leavingDate, today);
        return new Leaving(status, leavingDate, ect ? null : leavingDate);
    }

    /**
     * @param mentorPoolAndPairingsEndOn a mentor leaves the pool and their pairings end then (OMEN-2); null for ECTs
     */
    public record Leaving(InductionStatus status, LocalDate endDate, LocalDate mentorPoolAndPairingsEndOn) {
    }
}
