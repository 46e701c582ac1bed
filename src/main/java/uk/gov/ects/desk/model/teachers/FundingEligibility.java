package uk.gov.ects.desk.model.teachers;

import java.time.LocalDate;

/** The eligibility table of teacher-records.md: the first rule that applies wins. */
public final class FundingEligibility {

    private static final LocalDate SERVICE_START = LocalDate.of(2021, 9, 1);

    private FundingEligibility() {
    }

    public static Eligibility assess(EligibilityFacts facts) {
        TeacherRecord record = facts.record();
        boolean ect = !facts.mentor();
        if (record.activeAlert()) {
            return new Eligibility(Eligibility.MANUAL_CHECK, "active_flags");
        }
        if (facts.previousParticipation()) {
            return new Eligibility(Eligibility.INELIGIBLE, "previous_participation");
        }
        if (ect && hadPreviousInduction(record)) {
            return new Eligibility(Eligibility.INELIGIBLE, "previous_induction");
        }
        if (ect && record.qtsDate() == null) {
            return new Eligibility(Eligibility.MANUAL_CHECK, "no_qts");
        }
        if (facts.holdsDifferentTrn()) {
            return new Eligibility(Eligibility.MANUAL_CHECK, "different_trn");
        }
        if (facts.mentor() && facts.secondaryDuplicateProfile()) {
            return new Eligibility(Eligibility.INELIGIBLE, "duplicate_profile");
        }
        if (ect && "Exempt".equalsIgnoreCase(record.inductionStatus())) {
            return new Eligibility(Eligibility.INELIGIBLE, "exempt_from_induction");
        }
        if (ect && record.inductionStartDate() == null) {
            return new Eligibility(Eligibility.MANUAL_CHECK, "no_induction");
        }
        return new Eligibility(Eligibility.ELIGIBLE, "none");
    }

    /** A completion date, or a start before the service began that is not still in progress. */
    private static boolean hadPreviousInduction(TeacherRecord record) {
        if (record.inductionCompletionDate() != null) {
            return true;
        }
        return record.inductionStartDate() != null
                && record.inductionStartDate().isBefore(SERVICE_START)
                && !"InProgress".equalsIgnoreCase(record.inductionStatus());
    }
}
