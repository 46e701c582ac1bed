package uk.gov.ects.desk.model.teachers;

/** Funding eligibility: {@code status} eligible | manual_check | ineligible, and the reason code. */
public record Eligibility(String status, String reason) {

    public static final String ELIGIBLE = "eligible";
    public static final String MANUAL_CHECK = "manual_check";
    public static final String INELIGIBLE = "ineligible";

    public boolean isEligible() {
        return ELIGIBLE.equals(status);
    }
}
