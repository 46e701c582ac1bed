package uk.gov.ects.desk.model.tickets.recognition;

import java.util.Arrays;
import java.util.Optional;
import uk.gov.ects.desk.model.support.Operation;

/** api.md's ticket categories, with the support operation an agent most often uses to resolve each. */
public enum TicketCategory {
    PROGRAMME_CHANGE("programme_change", Operation.OVR_PROG),
    TRN_DOB_CORRECTION("trn_dob_correction", Operation.OVR_REVALIDATE),
    MULTI_SCHOOL_MENTOR("multi_school_mentor", Operation.OVR_MENTOR_POOL),
    PARTNERSHIP_CHANGE("partnership_change", Operation.OVR_PARTNERSHIP),
    INDUCTION_TUTOR("induction_tutor", Operation.OVR_SIT),
    PARTICIPANT_DETAILS("participant_details", Operation.OVR_DETAILS),
    TRANSFER("transfer", Operation.OVR_TRANSFER),
    DUPLICATE("duplicate", Operation.OVR_MERGE),
    OTHER("other", null);

    private final String wireName;
    private final Operation operation;

    TicketCategory(String wireName, Operation operation) {
        this.wireName = wireName;
        this.operation = operation;
    }

    /** The name the API and the tickets table use. */
    public String wireName() {
        return wireName;
    }

    /** The operation an agent would likely use; none for {@code other}. */
    public Optional<Operation> suggestedOperation() {
        return Optional.ofNullable(operation);
    }

    public static Optional<TicketCategory> byWireName(String wireName) {
        return Arrays.stream(values()).filter(category -> category.wireName.equals(wireName)).findFirst();
    }
}
