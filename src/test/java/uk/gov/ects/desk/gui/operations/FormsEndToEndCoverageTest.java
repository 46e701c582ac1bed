package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the family tables complete: a form added to FormAction without an end-to-end case fails here. */
class FormsEndToEndCoverageTest {

    @Test
    @DisplayName("Every form an agent can open has an end-to-end case against the real service, and every operation too")
    void everyFormHasAnEndToEndCase() {
        Set<FormCaseKey> cases = Stream.of(
                ParticipantRegistrationFormsEndToEndTest.registrationForms(),
                ParticipantChangeFormsEndToEndTest.changeForms(),
                ParticipantSupportFormsEndToEndTest.supportForms(),
                SchoolFormsEndToEndTest.accessForms(),
                SchoolFormsEndToEndTest.tutorForms(),
                SchoolFormsEndToEndTest.programmeForms(),
                SchoolFormsEndToEndTest.appropriateBodyForms(),
                PartnershipFormsEndToEndTest.partnershipForms(),
                NoteFormsEndToEndTest.noteForms())
                .flatMap(s -> s)
                .map(c -> new FormCaseKey(c.action(), c.op()))
                .collect(Collectors.toSet());

        Set<FormAction> covered = cases.stream().map(FormCaseKey::action).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(FormAction.class)));
        assertEquals(EnumSet.allOf(FormAction.class), covered, "forms without an end-to-end case");

        // A form that decides between two operations (PROG-1 or OVR-PROG...) needs a case for each.
        Set<FormCaseKey> operations = Stream.of(FormAction.values())
                .flatMap(action -> action.operations().stream().map(op -> new FormCaseKey(action, op.id())))
                .collect(Collectors.toSet());
        Set<FormCaseKey> missing = operations.stream().filter(key -> !cases.contains(key)).collect(Collectors.toSet());
        assertEquals(Set.of(), missing, "operations of a form without an end-to-end case");
    }

    private record FormCaseKey(FormAction action, String op) {
    }
}
