package uk.gov.ects.desk.service.emails;

import java.util.Map;
import uk.gov.ects.desk.model.emails.EmailTemplates;

/** The service's email templates: the rules' templates plus the ones only the service sends, with subjects. */
public final class ServiceTemplates {

    /** ACC-5, OVR-ACCESS: the access link, sent to the school's GIAS email. */
    public static final String ACCESS_LINK = "access_link";
    /** ECT-12: a school with FIP or CIP chosen and nobody registered in the cohort. */
    public static final String NO_PARTICIPANTS_REMINDER = "no_participants_reminder";

    /** LOG-1: a registered induction tutor's single-use sign-in link. */
    public static final String SIGN_IN_LINK = "sign_in_link";
    /** LOG-2: someone asked for a sign-in link for an address no induction tutor has. */
    public static final String SIGN_IN_NOT_REGISTERED = "sign_in_not_registered";

    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry(ACCESS_LINK, "Your link to manage early career teachers"),
            Map.entry(NO_PARTICIPANTS_REMINDER, "Register your early career teachers and mentors"),
            Map.entry(SIGN_IN_LINK, "Your sign-in link for Manage training for early career teachers"),
            Map.entry(SIGN_IN_NOT_REGISTERED, "Signing in to Manage training for early career teachers"),
            Map.entry(EmailTemplates.INDUCTION_TUTOR_NOMINATED, "You have been nominated as induction tutor"),
            Map.entry(EmailTemplates.INDUCTION_TUTOR_EMAIL_CHANGED, "Your induction tutor email address has changed"),
            Map.entry(EmailTemplates.PARTNERSHIP_NOT_ROLLED_OVER, "A school has not rolled over its partnership with you"),
            Map.entry(EmailTemplates.PARTNERSHIP_CHALLENGED, "A school has challenged its partnership with you"),
            Map.entry(EmailTemplates.ECT_REGISTERED, "You have been registered as an early career teacher"),
            Map.entry(EmailTemplates.MENTOR_REGISTERED, "You have been registered as a mentor"),
            Map.entry(EmailTemplates.PARTICIPANT_TRANSFERRED, "Your school has changed"),
            Map.entry(EmailTemplates.PROVIDER_TRANSFER_NOTICE, "A participant has moved school"));

    private ServiceTemplates() {
    }

    public static String subject(String template) {
        return SUBJECTS.getOrDefault(template, "A message from Manage training for early career teachers");
    }
}
