package uk.gov.ects.desk.gui.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.ects.desk.model.support.Operation;

/**
 * Every form an agent can open on a record, with the words the buttons, menus and command palette
 * use. Several forms can share an operation (add to / take out of a mentor pool); a form whose values
 * decide between two operations (PROG-1 or OVR-PROG) names both, so the palette finds it by either label.
 */
public enum FormAction {
    // school
    SEND_ACCESS_LINK(Target.SCHOOL, "Send the access link", Operation.REQUEST_ACCESS),
    RESEND_ACCESS_LINK(Target.SCHOOL, "Resend the access link", Operation.OVR_ACCESS),
    SEND_SIGN_IN_LINK(Target.SCHOOL, "Send the tutor a sign-in link", Operation.OVR_SIGN_IN_LINK),
    NOMINATE_TUTOR(Target.SCHOOL, "Nominate the induction tutor", Operation.NOMINATE_INDUCTION_TUTOR),
    REPLACE_TUTOR(Target.SCHOOL, "Replace the induction tutor", Operation.CHANGE_INDUCTION_TUTOR),
    CORRECT_TUTOR(Target.SCHOOL, "Correct the induction tutor's name or email", Operation.OVR_SIT),
    CHANGE_PROGRAMME(Target.SCHOOL, "Change the programme choice", Operation.CHOOSE_PROGRAMME, Operation.OVR_PROG),
    COHORT_APPROPRIATE_BODY(Target.SCHOOL, "Set a cohort's appropriate body", Operation.SET_COHORT_APPROPRIATE_BODY,
            Operation.OVR_AB),
    RECORD_PARTNERSHIP(Target.SCHOOL, "Record a partnership", Operation.REPORT_PARTNERSHIP),
    REPLACE_PARTNERSHIP(Target.SCHOOL, "Replace a cohort's partnership", Operation.OVR_PARTNERSHIP),
    ADD_ECT(Target.SCHOOL, "Add an ECT", Operation.ADD_ECT),
    ADD_MENTOR(Target.SCHOOL, "Add a mentor", Operation.ADD_MENTOR),
    TRANSFER_IN(Target.SCHOOL, "Transfer a teacher in", Operation.TRANSFER_IN),
    SCHOOL_NOTE(Target.SCHOOL, "Add a note", Operation.OVR_NOTE),
    // partnership
    CHALLENGE_PARTNERSHIP(Target.PARTNERSHIP, "Challenge the partnership", Operation.CHALLENGE_PARTNERSHIP,
            Operation.OVR_PARTNERSHIP),
    REINSTATE_PARTNERSHIP(Target.PARTNERSHIP, "Reinstate the partnership", Operation.OVR_PARTNERSHIP),
    PARTNERSHIP_NOTE(Target.PARTNERSHIP, "Add a note", Operation.OVR_NOTE),
    // participant: what the school does
    REPORT_LEAVING(Target.PARTICIPANT, "Report leaving", Operation.REPORT_LEAVING),
    ASSIGN_MENTOR(Target.PARTICIPANT, "Assign a mentor", Operation.ASSIGN_MENTOR, Operation.OVR_MENTOR),
    CHANGE_DETAILS(Target.PARTICIPANT, "Change name or email", Operation.CHANGE_DETAILS, Operation.OVR_DETAILS),
    ECT_APPROPRIATE_BODY(Target.PARTICIPANT, "Change the ECT's appropriate body", Operation.CHANGE_ECT_APPROPRIATE_BODY),
    // participant: support operations
    REVALIDATE(Target.PARTICIPANT, "Revalidate TRN and date of birth", Operation.OVR_REVALIDATE),
    ADD_TO_MENTOR_POOL(Target.PARTICIPANT, "Add to another school's mentor pool", Operation.OVR_MENTOR_POOL),
    REMOVE_FROM_MENTOR_POOL(Target.PARTICIPANT, "Take out of a school's mentor pool", Operation.OVR_MENTOR_POOL),
    MOVE_SCHOOL(Target.PARTICIPANT, "Move to another school", Operation.OVR_TRANSFER),
    CHANGE_STATUS(Target.PARTICIPANT, "Reinstate, complete or correct leaving date", Operation.OVR_STATUS),
    MOVE_COHORT(Target.PARTICIPANT, "Move to another cohort", Operation.OVR_COHORT),
    SET_INDUCTION_START(Target.PARTICIPANT, "Set the induction start date", Operation.OVR_INDUCTION_START),
    SET_ELIGIBILITY(Target.PARTICIPANT, "Set funding eligibility by hand", Operation.OVR_ELIGIBILITY),
    CLEAR_ELIGIBILITY(Target.PARTICIPANT, "Clear hand-set eligibility", Operation.OVR_ELIGIBILITY),
    MERGE(Target.PARTICIPANT, "Merge a duplicate into this participant", Operation.OVR_MERGE),
    REMOVE(Target.PARTICIPANT, "Remove the participant", Operation.OVR_REMOVE),
    PARTICIPANT_NOTE(Target.PARTICIPANT, "Add a note", Operation.OVR_NOTE);

    /** The kind of record the form is opened on. */
    public enum Target {
        SCHOOL("school"), PARTICIPANT("participant"), PARTNERSHIP("partnership");

        private final String type;

        Target(String type) {
            this.type = type;
        }

        /** As in TargetRef and the change feed. */
        public String type() {
            return type;
        }
    }

    private final Target target;
    private final String label;
    private final List<Operation> operations;

    FormAction(Target target, String label, Operation... operations) {
        this.target = target;
        this.label = label;
        this.operations = List.of(operations);
    }

    public Target target() {
        return target;
    }

    public String label() {
        return label;
    }

    /** The operation the role check uses: the form's first (the school's own, when there are two). */
    public Operation operation() {
        return operations.get(0);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The forms for one kind of record, in menu order. */
    public static List<FormAction> on(Target target) {
        return Arrays.stream(values()).filter(action -> action.target == target).toList();
    }

    /** What the palette matches typed words against: the form's label and its operations' labels and IDs. */
    public String searchText() {
        StringBuilder text = new StringBuilder(label);
        for (Operation operation : operations) {
            text.append(' ').append(operation.label()).append(' ').append(operation.id());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
