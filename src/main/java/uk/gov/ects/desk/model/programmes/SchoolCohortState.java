package uk.gov.ects.desk.model.programmes;

import java.time.Instant;

/**
 * A school's cohort as the rules see it.
 *
 * @param choice                null when the school has not set the cohort up
 * @param submittedAt           when the school submitted its choice (PROG-7), or null
 * @param hasActivePartnership  a partnership for this school and cohort is active (PART-4)
 */
public record SchoolCohortState(int year, ProgrammeChoice choice, Instant submittedAt, boolean hasActivePartnership) {

    public static SchoolCohortState notSetUp(int year) {
        return new SchoolCohortState(year, null, null, false);
    }

    public boolean isSetUp() {
        return choice != null;
    }

    /** ECT-1, TECT-1, MEN-1, TMEN-1. */
    public boolean hasDefaultProgramme() {
        return choice != null && choice.isProgramme();
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
