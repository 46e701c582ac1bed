package uk.gov.ects.desk.model.participants;

/**
 * What a details change will do.
 *
 * @param fullName the new name, or null to keep it
 * @param email    the new primary email, or null to keep it; the old one stays as a secondary address
 * @param operation the rule or operation it runs under (CECT-*, CMEN-* or OVR-DETAILS), for the audit event
 */
public record DetailsChange(String fullName, NameChangeReason nameChangeReason, String email, String operation) {
}
