package uk.gov.ects.desk.model.pairing;

import java.time.LocalDate;
import java.util.Set;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.rules.Refusal;

/** Assigning or changing an ECT's mentor: LINK-2..LINK-6, OVR-MENTOR. */
public final class PairingRules {

    private PairingRules() {
    }

    /**
     * @param mentor       the mentor asked for; null means "no mentor", which LINK-5 refuses
     * @param mentorPools  URNs of the schools whose pools the mentor is in now (LINK-2)
     * @param bySupport    support may pair an ECT who completed or left, to correct the record (OVR-MENTOR)
     */
    public static MentorAssignment assign(ParticipantState ect, ParticipantState mentor, Set<String> mentorPools,
            boolean bySupport, LocalDate today) {
        if (ect.type() != ParticipantType.ECT) {
            throw Refusal.rule("not_an_ect", "LINK-3", "Only ECTs have mentors",
                    "This participant is a mentor. Pick the ECT who needs the mentor.", null);
        }
        if (mentor == null) {
            throw Refusal.rule("mentor_cannot_be_removed", "LINK-5", "A mentor can be changed but not removed",
                    "Pick the ECT's new mentor. If their mentor left, the ECT shows as needing one until a new one "
                            + "is assigned.", "/mentor_id");
        }
        if (mentor.type() != ParticipantType.MENTOR) {
            throw Refusal.rule("not_a_mentor", "LINK-2", "That person is not a mentor",
                    "Only registered mentors can be paired with an ECT. Register them as a mentor first.", "/mentor_id");
        }
        if (mentor.id().equals(ect.mentorId())) {
            throw Refusal.rule("mentor_unchanged", "LINK-3", "That is already the ECT's mentor",
                    "The ECT is already paired with this mentor.", "/mentor_id");
        }
        InductionStatus ectStatus = ect.status(today);
        if (ectStatus == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("participant_removed", "LINK-6", "This ECT was removed",
                    "The ECT was removed by support, so they cannot be paired.", null);
        }
        boolean ectFinished = ectStatus.isFinished();
        if (ectFinished && !bySupport) {
            throw Refusal.conflict("ect_not_training", "LINK-6", "The ECT is no longer training here",
                    "This ECT has " + (ectStatus == InductionStatus.COMPLETED ? "completed induction" : "left the school")
                            + ". Only support can change their mentor, to correct the record (OVR-MENTOR).", null);
        }
        InductionStatus mentorStatus = mentor.status(today);
        if (mentorStatus == InductionStatus.LEFT || mentorStatus == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("mentor_left", "LINK-6", "The mentor has left",
                    "This mentor is no longer at the school. Pick a mentor who is in the school's pool now.",
                    "/mentor_id");
        }
        if (!mentorPools.contains(ect.schoolUrn())) {
            throw Refusal.rule("mentor_not_in_pool", "LINK-2", "The mentor is not in this school's pool",
                    "The mentor must be in the mentor pool of the ECT's school (" + ect.schoolUrn()
                            + "). If they also mentor there, add them to that pool first (OVR-MENTOR-POOL).",
                    "/mentor_id");
        }
        return new MentorAssignment(ect.id(), mentor.id(), ect.mentorId(), ectFinished ? "OVR-MENTOR" : "LINK-3");
    }
}
