package uk.gov.ects.desk.model.participants;

/**
 * PATCH /participants/{id}: any of a new name (with its reason) and a new email.
 *
 * @param override support changes details the school cannot (OVR-DETAILS; needs a reason, checked by the gate)
 */
public record DetailsRequest(String fullName, String nameChangeReason, String email, boolean override) {
}
