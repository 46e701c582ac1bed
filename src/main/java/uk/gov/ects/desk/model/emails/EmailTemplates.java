package uk.gov.ects.desk.model.emails;

/** Names of the email templates the rules ask for; the service owns their wording. */
public final class EmailTemplates {

    /** SIT-5, CSIT-6: sign-in instructions for a newly nominated induction tutor. */
    public static final String INDUCTION_TUTOR_NOMINATED = "induction_tutor_nominated";
    /** CSIT-2: confirmation sent to the tutor's new address. */
    public static final String INDUCTION_TUTOR_EMAIL_CHANGED = "induction_tutor_email_changed";
    /** PROG-5: the school chose FIP again without the old pairing, which declines the old partnership. */
    public static final String PARTNERSHIP_NOT_ROLLED_OVER = "partnership_not_rolled_over";
    /** PART-3, OVR-PARTNERSHIP: the school challenged the lead provider's partnership. */
    public static final String PARTNERSHIP_CHALLENGED = "partnership_challenged";
    /** ECT-8. */
    public static final String ECT_REGISTERED = "ect_registered";
    /** MEN-8. */
    public static final String MENTOR_REGISTERED = "mentor_registered";
    /** TECT-7, TMEN-8: to the participant who moved school. */
    public static final String PARTICIPANT_TRANSFERRED = "participant_transferred";
    /** TECT-7: to the lead providers involved in a transfer. */
    public static final String PROVIDER_TRANSFER_NOTICE = "provider_transfer_notice";

    /**
     * GUIDE-1: the published guidance on setting up ECT training. The emails that bring a school
     * into the service (access link, tutor nomination) carry it as the fact {@code guidance_url}.
     */
    public static final String GUIDANCE_URL = "https://www.gov.uk/guidance/how-to-set-up-training-for-early-career-teachers";

    private EmailTemplates() {
    }
}
