package uk.gov.ects.desk.model.tutors;

import java.util.List;
import uk.gov.ects.desk.model.emails.EmailIntent;

/**
 * What a tutor request will do.
 *
 * @param kind            what happens, in plain terms
 * @param linkPersonId    an existing SIT to link to the school (MSIT-1), or null to create a person
 *                        from {@code fullName} and {@code email} (when {@code editPersonId} is null)
 * @param editPersonId    the person whose name or email is edited in place (CSIT-2, OVR-SIT update), or null
 * @param unlinkPersonId  the tutor who loses access to this school at once (CSIT-5), or null;
 *                        they keep any other schools
 * @param emails          emails to send (SIT-5, CSIT-6)
 */
public record TutorChange(Kind kind, String fullName, String email, String linkPersonId, String editPersonId,
        String unlinkPersonId, List<EmailIntent> emails) {

    public enum Kind { NOMINATED, REPLACED, EMAIL_CHANGED, DETAILS_CORRECTED }

    public TutorChange {
        emails = List.copyOf(emails);
    }
}
