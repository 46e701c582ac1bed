package uk.gov.ects.desk.model.participants;

import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;

/**
 * POST /schools/{urn}/ects or /mentors, after the TRA match (ECT-2) succeeded.
 *
 * @param appropriateBody the ECT's body if the SIT picked one (ECT-6), else null
 */
public record RegistrationRequest(ParticipantType type, String fullName, String email,
        AppropriateBody appropriateBody) {
}
