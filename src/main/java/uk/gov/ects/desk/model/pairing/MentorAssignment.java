package uk.gov.ects.desk.model.pairing;

/**
 * What pairing an ECT with a mentor will do.
 *
 * @param previousMentorId the mentor whose pairing ends today (LINK-3), or null
 * @param operation        LINK-* for the school's change, OVR-MENTOR when support corrects a finished record
 */
public record MentorAssignment(String ectId, String mentorId, String previousMentorId, String operation) {
}
