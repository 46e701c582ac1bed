package uk.gov.ects.desk.model.teachers;

public enum MatchOutcome {
    MATCH,
    /** TRN and date of birth matched but the first name did not: ask for another name (ECT-3). */
    NAME_MISMATCH,
    NO_MATCH,
    TRN_AND_NINO_BLANK,
    INVALID_TRN,
    RECORD_NOT_ACTIVE;

    /** The error code the API uses for this outcome. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
