package uk.gov.ects.desk.model.teachers;

/** What funding eligibility is decided from (teacher-records.md). */
public record EligibilityFacts(boolean mentor, TeacherRecord record, boolean previousParticipation,
        boolean holdsDifferentTrn, boolean secondaryDuplicateProfile) {
}
