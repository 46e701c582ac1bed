package uk.gov.ects.desk.model.teachers;

import java.util.Set;

/**
 * The matcher's answer. {@code record} is only set for MATCH and NAME_MISMATCH, so a caller cannot
 * leak the name or date of birth of a record that someone found by typing a random TRN.
 */
public record MatchResult(MatchOutcome outcome, TeacherRecord record, Set<Check> passed, Set<Check> failed) {

    public boolean isMatch() {
        return outcome == MatchOutcome.MATCH;
    }
}
