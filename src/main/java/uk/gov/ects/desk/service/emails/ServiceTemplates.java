package uk.gov.ects.desk.service.emails;

import java.util.Map;
import uk.gov.ects.desk.model.emails.EmailTemplates;

/** The service's email templates: the rules' templates plus the ones only the service sends, with subjects. */
public final class ServiceTemplates {

    /** ACC-5, OVR-ACCESS: the access link, sent to the school's GIAS email. */
    public static final String ACCESS_LINK = "access_link";
    /** ECT-12: a school with FIP or CIP chosen and nobody registered in the cohort. */
    public static final String NO_PARTICIPANTS_REMINDER = "no_participants_reminder";

    private static final Map<String, String> SUBJECTS = Map.of(
            ACCESS_LINK, "Your link to manage early career teachers",
            NO_PARTICIPANTS_REMINDER, "Register your early career teachers and mentors",
            EmailTemplates.INDUCTION_TUTOR_NOMINATED, "You have been nominated as induction tutor",
            EmailTemplates.INDUCTION_TUTOR_EMAIL_CHANGED, "Your induction tutor email address has changed",
            EmailTemplates.PARTNERSHIP_NOT_ROLLED_OVER, "A school has not rolled over its partnership with you",
            EmailTemplates.PARTNERSHIP_CHALLENGED, "A school has challenged its partnership with you",
            EmailTemplates.ECT_REGISTERED, "You have been registered as an early career teacher",
            EmailTemplates.MENTOR_REGISTERED, "You have been registered as a mentor",
            EmailTemplates.PARTICIPANT_TRANSFERRED, "Your school has changed",
            EmailTemplates.PROVIDER_TRANSFER_NOTICE, "A participant has moved school");

    private ServiceTemplates() {
    }

    public static String subject(String template) {
        return SUBJECTS.getOrDefault(template, "A message from Manage training for early career teachers");
    }
}
