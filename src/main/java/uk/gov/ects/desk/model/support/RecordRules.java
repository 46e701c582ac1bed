package uk.gov.ects.desk.model.support;

import java.util.List;
import java.util.Set;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.rules.Refusal;

/** The lead's operations on whole records: OVR-MERGE and OVR-REMOVE (REM-1). */
public final class RecordRules {

    public static final Set<String> REMOVAL_REASONS = Set.of("registered_in_error", "not_an_ect", "exempt",
            "duplicate");

    private RecordRules() {
    }

    /** OVR-MERGE: {@code duplicate}'s emails, records and history move to {@code keep}; its id is retired. */
    public static Merge merge(ParticipantState keep, ParticipantState duplicate) {
        if (duplicate == null || keep.id().equals(duplicate.id())) {
            throw Refusal.rule("merge_into_itself", "OVR-MERGE", "Pick a different participant",
                    "A participant cannot be merged into itself. Pick the duplicate record to fold into this one.",
                    "/duplicate_id");
        }
        if (keep.type() != duplicate.type()) {
            throw Refusal.rule("participant_types_differ", "OVR-MERGE", "One is an ECT, the other a mentor",
                    "Only two ECT records or two mentor records can be merged. If one of them was registered in "
                            + "error, remove it instead (OVR-REMOVE).", "/duplicate_id");
        }
        return new Merge(keep.id(), duplicate.id());
    }

    /**
     * OVR-REMOVE: a soft withdrawal, only when no training has been declared.
     *
     * @param mentees a mentor's ECTs, who lose their mentor
     */
    public static Removal remove(ParticipantState participant, String reasonCode, List<String> mentees) {
        if (reasonCode == null || !REMOVAL_REASONS.contains(reasonCode)) {
            throw Refusal.rule("reason_code_invalid", "OVR-REMOVE", "Choose why the participant is removed",
                    "The reason code must be registered_in_error, not_an_ect, exempt or duplicate "
                            + "(for a duplicate, merging keeps the history: OVR-MERGE).", "/reason_code");
        }
        if (participant.recordStatus() == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("already_removed", "OVR-REMOVE", "Already removed",
                    "This participant was already removed.", null);
        }
        if (participant.declarationsExist()) {
            throw Refusal.conflict("declarations_exist", "REM-1", "Training has been declared",
                    "A provider has declared training for this participant, so the record must stay. "
                            + "Report them leaving or correct their status instead (OVR-STATUS).", null);
        }
        return new Removal(reasonCode, List.copyOf(mentees));
    }

    public record Merge(String keptId, String retiredId) {
    }

    /** The record becomes {@code withdrawn}; {@code menteesLosingMentor} keep no mentor. */
    public record Removal(String reasonCode, List<String> menteesLosingMentor) {

        public InductionStatus status() {
            return InductionStatus.WITHDRAWN;
        }
    }
}
