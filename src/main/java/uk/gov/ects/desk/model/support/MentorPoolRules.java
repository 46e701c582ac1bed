package uk.gov.ects.desk.model.support;

import java.util.List;
import java.util.Set;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.rules.Refusal;

/** OVR-MENTOR-POOL (TMEN-5): a mentor in more than one school's pool. */
public final class MentorPoolRules {

    private MentorPoolRules() {
    }

    /** @param pools URNs of the pools the mentor is in now */
    public static void add(ParticipantState participant, Set<String> pools, String schoolUrn) {
        requireMentor(participant);
        if (participant.recordStatus() == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("participant_removed", "OVR-MENTOR-POOL", "This mentor was removed",
                    "The mentor was removed by support, so they cannot join a pool.", null);
        }
        if (pools.contains(schoolUrn)) {
            throw Refusal.conflict("already_in_pool", "OVR-MENTOR-POOL", "Already in that school's pool",
                    "The mentor is already in the mentor pool of school " + schoolUrn
                            + "; they can be paired with ECTs there now.", "/school_urn");
        }
    }

    /**
     * The mentor leaves {@code schoolUrn}'s pool; their ECTs there lose their mentor and are listed as
     * needing one. Not their main school's pool: that ends by reporting them leaving or moving them.
     *
     * @param menteesAtSchool ids of the mentor's ECTs at that school
     * @return the ECTs who lose their mentor
     */
    public static List<String> remove(ParticipantState participant, Set<String> pools, String schoolUrn,
            List<String> menteesAtSchool) {
        requireMentor(participant);
        if (!pools.contains(schoolUrn)) {
            throw Refusal.conflict("not_in_pool", "OVR-MENTOR-POOL", "Not in that school's pool",
                    "The mentor is not in the mentor pool of school " + schoolUrn + ".", "/school_urn");
        }
        if (schoolUrn.equals(participant.schoolUrn())) {
            throw Refusal.rule("main_school_pool", "OVR-MENTOR-POOL", "This is the mentor's own school",
                    "The mentor's induction record is at school " + schoolUrn + ". To take them out of this pool, "
                            + "report them leaving (OMEN-1) or move them to another school (OVR-TRANSFER).",
                    "/school_urn");
        }
        return List.copyOf(menteesAtSchool);
    }

    private static void requireMentor(ParticipantState participant) {
        if (participant.type() != ParticipantType.MENTOR) {
            throw Refusal.rule("not_a_mentor", "OVR-MENTOR-POOL", "This participant is not a mentor",
                    "Only mentors are in mentor pools. Register the teacher as a mentor at the school instead.",
                    "/participant_id");
        }
    }
}
