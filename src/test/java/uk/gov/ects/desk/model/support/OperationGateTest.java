package uk.gov.ects.desk.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.rules.Refused;

class OperationGateTest {

    private static final String REASON = "School emailed ticket 42 asking for this";

    @Test
    void rolesDecideWhatCanBeDone() {
        // rule: OVR-MERGE, OVR-REMOVE
        assertTrue(Role.VIEWER.mayDo(Operation.READ));
        assertFalse(Role.VIEWER.mayDo(Operation.ADD_ECT));
        assertTrue(Role.AGENT.mayDo(Operation.OVR_PROG));
        assertFalse(Role.AGENT.mayDo(Operation.OVR_MERGE));
        assertFalse(Role.AGENT.mayDo(Operation.OVR_REMOVE));
        assertTrue(Role.LEAD.mayDo(Operation.OVR_REMOVE));
        assertTrue(Role.INTAKE.mayDo(Operation.CREATE_TICKET));
        assertFalse(Role.INTAKE.mayDo(Operation.READ));
        assertFalse(Role.INTAKE.mayDo(Operation.ADD_ECT));
    }

    @Test
    void aRoleThatIsNotEnoughIsForbidden() {
        // rule: OVR-MERGE
        var refused = Refused.with(403, "forbidden", "OVR-MERGE",
                () -> OperationGate.check(Role.AGENT, Operation.OVR_MERGE, REASON));
        assertTrue(refused.detail().contains("lead"));
        OperationGate.check(Role.LEAD, Operation.OVR_MERGE, REASON);
    }

    @Test
    void supportOperationsNeedAReasonOfTenTo2000Characters() {
        // rule: OVR-PROG
        Refused.with(422, "reason_required", "OVR-PROG", () -> OperationGate.check(Role.AGENT, Operation.OVR_PROG, null));
        Refused.with(422, "reason_required", "OVR-PROG",
                () -> OperationGate.check(Role.AGENT, Operation.OVR_PROG, "  too short "));
        Refused.with(422, "reason_too_long", "OVR-PROG",
                () -> OperationGate.check(Role.AGENT, Operation.OVR_PROG, "x".repeat(2001)));
        OperationGate.check(Role.AGENT, Operation.OVR_PROG, "x".repeat(10));
        OperationGate.check(Role.AGENT, Operation.OVR_PROG, "x".repeat(2000));
        OperationGate.check(Role.AGENT, Operation.CHOOSE_PROGRAMME, null);
        OperationGate.check(Role.AGENT, Operation.OVR_NOTE, null);
    }

    @Test
    void everyOperationHasALabelAndAnIdTheClientCanFind() {
        // rule: OVR-REMOVE (palette: only leads see it)
        Arrays.stream(Operation.values()).forEach(operation -> {
            assertFalse(operation.label().isBlank(), operation.name());
            assertEquals(Optional.of(operation), Operation.byId(operation.id()), operation.name());
        });
        assertTrue(Operation.paletteFor(Role.LEAD).contains(Operation.OVR_REMOVE));
        assertFalse(Operation.paletteFor(Role.AGENT).contains(Operation.OVR_REMOVE));
        assertTrue(Operation.paletteFor(Role.VIEWER).isEmpty());
        assertEquals(Optional.of(Role.LEAD), Role.fromCode("lead"));
    }

    @Test
    void notesAreOneTo5000Characters() {
        // rule: OVR-NOTE
        NoteRules.validate("school:100001", "x");
        NoteRules.validate("participant:p-1", "x".repeat(5000));
        Refused.with(422, "note_required", "OVR-NOTE", () -> NoteRules.validate("school:100001", "  "));
        Refused.with(422, "note_too_long", "OVR-NOTE", () -> NoteRules.validate("school:100001", "x".repeat(5001)));
        Refused.with(422, "note_target_invalid", "OVR-NOTE", () -> NoteRules.validate("ticket:t-1", "hello"));
    }
}
