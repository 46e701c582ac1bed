package uk.gov.ects.desk.model.support;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything an agent can do, with the label the client's command palette shows, whether it needs a
 * reason and who may do it. School operations need a reason only when sent with {@code override}
 * (which turns them into the matching OVR operation); support operations always do (api.md).
 */
public enum Operation {
    READ("READ", "Look up schools, participants and history", Kind.READ, Access.READ, false),

    REQUEST_ACCESS("ACC-5", "Send the access link to the school's GIAS email", Kind.SCHOOL, Access.AGENT, false),
    NOMINATE_INDUCTION_TUTOR("SIT-2", "Nominate the school's induction tutor", Kind.SCHOOL, Access.AGENT, false),
    CHANGE_INDUCTION_TUTOR("CSIT-1", "Replace the induction tutor or change their email", Kind.SCHOOL, Access.AGENT, false),
    CHOOSE_PROGRAMME("PROG-1", "Choose a cohort's programme", Kind.SCHOOL, Access.AGENT, false),
    SET_COHORT_APPROPRIATE_BODY("AB-1", "Set a cohort's appropriate body", Kind.SCHOOL, Access.AGENT, false),
    REPORT_PARTNERSHIP("PART-1", "Record a partnership a lead provider reported", Kind.SCHOOL, Access.AGENT, false),
    CHALLENGE_PARTNERSHIP("PART-3", "Challenge a partnership within its window", Kind.SCHOOL, Access.AGENT, false),
    ADD_ECT("ECT-2", "Add an ECT", Kind.SCHOOL, Access.AGENT, false),
    ADD_MENTOR("MEN-2", "Add a mentor", Kind.SCHOOL, Access.AGENT, false),
    TRANSFER_IN("TECT-2", "Transfer a teacher in from another school", Kind.SCHOOL, Access.AGENT, false),
    REPORT_LEAVING("OECT-1", "Report a teacher leaving for another school", Kind.SCHOOL, Access.AGENT, false),
    ASSIGN_MENTOR("LINK-1", "Assign or change an ECT's mentor", Kind.SCHOOL, Access.AGENT, false),
    CHANGE_DETAILS("CECT-3", "Change a teacher's name or email", Kind.SCHOOL, Access.AGENT, false),
    CHANGE_ECT_APPROPRIATE_BODY("CECT-5", "Change an ECT's appropriate body", Kind.SCHOOL, Access.AGENT, false),

    OVR_PROG("OVR-PROG", "Change a submitted programme choice", Kind.SUPPORT, Access.AGENT, true),
    OVR_SIT("OVR-SIT", "Correct the induction tutor's name or email", Kind.SUPPORT, Access.AGENT, true),
    OVR_PARTNERSHIP("OVR-PARTNERSHIP", "Challenge, replace or reinstate a partnership", Kind.SUPPORT, Access.AGENT, true),
    /** In api.md's school table, so no reason is required; the project still records one when given. */
    OVR_AB("OVR-AB", "Set a cohort's default appropriate body and apply it to ECTs", Kind.SUPPORT, Access.AGENT, false),
    OVR_ACCESS("OVR-ACCESS", "Resend the access link", Kind.SUPPORT, Access.AGENT, true),
    OVR_REVALIDATE("OVR-REVALIDATE", "Correct TRN or date of birth and recheck the teacher record", Kind.SUPPORT, Access.AGENT, true),
    OVR_DETAILS("OVR-DETAILS", "Change details of a teacher who left or completed", Kind.SUPPORT, Access.AGENT, true),
    OVR_MENTOR_POOL("OVR-MENTOR-POOL", "Add a mentor to another school's pool, or take them out", Kind.SUPPORT, Access.AGENT, true),
    OVR_MENTOR("OVR-MENTOR", "Pair an ECT who completed or left with a mentor", Kind.SUPPORT, Access.AGENT, true),
    OVR_TRANSFER("OVR-TRANSFER", "Move a teacher to another school", Kind.SUPPORT, Access.AGENT, true),
    OVR_STATUS("OVR-STATUS", "Reinstate, record completion or correct a leaving date", Kind.SUPPORT, Access.AGENT, true),
    OVR_COHORT("OVR-COHORT", "Move a teacher to another cohort", Kind.SUPPORT, Access.AGENT, true),
    OVR_INDUCTION_START("OVR-INDUCTION-START", "Set the induction start date", Kind.SUPPORT, Access.AGENT, true),
    OVR_ELIGIBILITY("OVR-ELIGIBILITY", "Set or clear funding eligibility by hand", Kind.SUPPORT, Access.AGENT, true),
    OVR_MERGE("OVR-MERGE", "Merge duplicate participants", Kind.SUPPORT, Access.LEAD, true),
    OVR_REMOVE("OVR-REMOVE", "Remove a participant registered in error", Kind.SUPPORT, Access.LEAD, true),
    OVR_NOTE("OVR-NOTE", "Add a note", Kind.SUPPORT, Access.AGENT, false),
    /** Support sends a sign-in link on a tutor's behalf: audited with who, when and why, as OVR-ACCESS is. */
    OVR_SIGN_IN_LINK("OVR-SIGN-IN-LINK", "Send an induction tutor a sign-in link", Kind.SUPPORT, Access.AGENT, true),

    CREATE_TICKET("SUP-2", "Log a support ticket", Kind.TICKET, Access.INTAKE, false),
    WORK_TICKET("TICKET", "Claim, triage, note or resolve a ticket", Kind.TICKET, Access.AGENT, false),

    /** The school-facing sign-in page asks for a link (an agent asking is {@link #OVR_SIGN_IN_LINK}). */
    SEND_SIGN_IN_LINK("LOG-1", "Ask for a sign-in link", Kind.SIGN_IN, Access.INTAKE, false),
    /** A tutor signs in with their link, accepting the privacy policy the first time. */
    SIGN_IN("LOG-3", "Sign in with a sign-in link", Kind.SIGN_IN, Access.SCHOOL_PAGE, false);

    public enum Kind { READ, SCHOOL, SUPPORT, TICKET, SIGN_IN }

    /**
     * Who may: READ anyone but intake; INTAKE the contact form and agents; SCHOOL_PAGE only the
     * school-facing pages (intake); AGENT agents and leads; LEAD leads.
     */
    public enum Access { READ, INTAKE, SCHOOL_PAGE, AGENT, LEAD }

    private final String id;
    private final String label;
    private final Kind kind;
    private final Access access;
    private final boolean needsReason;

    Operation(String id, String label, Kind kind, Access access, boolean needsReason) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.access = access;
        this.needsReason = needsReason;
    }

    /** The rule or operation ID errors and audit events carry. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Access access() {
        return access;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public static Optional<Operation> byId(String id) {
        return Arrays.stream(values()).filter(operation -> operation.id.equals(id)).findFirst();
    }

    /** What a role's command palette lists: the school and support operations it may do. */
    public static List<Operation> paletteFor(Role role) {
        return Arrays.stream(values())
                .filter(operation -> operation.kind == Kind.SCHOOL || operation.kind == Kind.SUPPORT)
                .filter(role::mayDo)
                .toList();
    }
}
