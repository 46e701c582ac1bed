package uk.gov.ects.desk.model.emails;

/** Who an email is for; the service turns the role into an address when it queues the email. */
public enum RecipientRole {
    /** The school's current induction tutor (SIT-6). */
    INDUCTION_TUTOR,
    /** The person who has just become the induction tutor (SIT-5, CSIT-6). */
    NEW_INDUCTION_TUTOR,
    /** The ECT or mentor the change is about (ECT-8, MEN-8, TECT-7). */
    PARTICIPANT,
    /** The lead provider of the partnership the change is about (PART-3, TECT-7). */
    LEAD_PROVIDER,
    /** The lead provider the school worked with before (PROG-5, TECT-7). */
    PREVIOUS_LEAD_PROVIDER
}
